package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both corpus layouts, with documents written for these tests. */
class GeoCorpusReaderTest {
    @TempDir
    Path tmp;

    private Path write(String xml) throws IOException {
        Path file = tmp.resolve("corpus.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheLglLayout() throws IOException {
        String text = "Flooding closed roads in Haditha and Hit.";
        GeoCorpus corpus = new GeoCorpusReader().read(write("""
                <?xml version="1.0" encoding="utf-8"?>
                <articles>
                  <article docid="7">
                    <title>Roads closed</title>
                    <text><![CDATA[%s]]></text>
                    <toponyms count="2">
                      <toponym><start>25</start><end>32</end><phrase>Haditha</phrase>
                        <gaztag geonameid="1"><name>Haditha</name><fclass>P</fclass><lat>34.14</lat><lon>42.38</lon>
                          <country geonameid="2">Iraq</country></gaztag></toponym>
                      <toponym><start>37</start><end>40</end><phrase>Hit</phrase></toponym>
                    </toponyms>
                  </article>
                </articles>
                """.formatted(text)));
        assertThat(corpus.skipped()).isZero();
        GeoDocument doc = corpus.documents().get(0);
        assertThat(doc.id()).isEqualTo("7");
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.toponyms()).hasSize(2);
        GoldToponym haditha = doc.toponyms().get(0);
        assertThat(haditha.span().of(text)).isEqualTo("Haditha");
        assertThat(haditha.point()).isEqualTo(new LatLon(34.14, 42.38));
        // The gaztag's own id, not its country's.
        assertThat(haditha.geonameId()).isEqualTo(1L);
        // No gaztag: a name to recognise, not to resolve.
        assertThat(doc.toponyms().get(1).point()).isNull();
        assertThat(corpus.resolvableToponyms()).isEqualTo(1);
    }

    @Test
    void readsTheGeoWebNewsLayoutCountingCodePoints() throws IOException {
        // The emoji is two UTF-16 chars but one code point: offsets after it are one less than Java's.
        String text = "Fans \uD83D\uDE00 cheered in Lagos and Abuja.";
        int lagos = text.codePointCount(0, text.indexOf("Lagos"));
        GeoCorpus corpus = new GeoCorpusReader().read(write("""
                <?xml version="1.0" ?>
                <articles>
                  <article file="0">
                    <title>Cheers</title>
                    <text>%s</text>
                    <toponyms>
                      <toponym><extractedName>Lagos</extractedName><type>Literal</type><start>%d</start><end>%d</end>
                        <geonamesID>3</geonamesID><latitude>6.45</latitude><longitude>3.39</longitude></toponym>
                      <toponym><extractedName>Abuja</extractedName><start>3</start><end>8</end>
                        <latitude>9.05</latitude><longitude>7.49</longitude></toponym>
                      <toponym><extractedName>Kano</extractedName><start>0</start><end>4</end>
                        <latitude>12</latitude><longitude>8.5</longitude></toponym>
                      <toponym><extractedName>fans</extractedName><start>x</start><end>4</end></toponym>
                      <toponym><extractedName>cheered</extractedName><type>Non_Lit_Expression</type><start>8</start><end>15</end></toponym>
                    </toponyms>
                  </article>
                </articles>
                """.formatted(text, lagos, lagos + 5)));
        GeoDocument doc = corpus.documents().get(0);
        assertThat(doc.toponyms()).extracting(t -> t.span().of(text)).containsExactly("Lagos", "Abuja");
        assertThat(doc.toponyms()).extracting(GoldToponym::geonameId).containsExactly(3L, null);
        // Abuja's offsets were off: realigned. Kano is not in the text, and "x" is no offset: both skipped.
        assertThat(corpus.skipped()).isEqualTo(2);
        assertThat(corpus.problems()).anyMatch(p -> p.contains("Kano")).anyMatch(p -> p.contains("bad offsets"));
    }

    @Test
    void notACorpusIsAFormatError() throws IOException {
        assertThatThrownBy(() -> new GeoCorpusReader().read(write("<articles><article><text>x")))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> new GeoCorpusReader().read(write("<root/>")))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("no <article>");
    }

    @Test
    void externalEntitiesAreNotRead() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<articles><article docid=\"1\"><text>&x; in Mosul</text></article></articles>";
        try {
            GeoCorpus corpus = new GeoCorpusReader().read(write(xml));
            assertThat(corpus.documents()).noneMatch(d -> d.text().contains("SECRET"));
        } catch (GoldFormatException e) {
            assertThat(e.getMessage()).doesNotContain("SECRET");
        }
    }
}
