package org.sitrep.bench.jmh;

import org.sitrep.model.Span;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens for benchmarks, made without CoreNLP: words (hyphenated words kept whole, as CoreNLP's
 * tokenizer does), numbers and single punctuation marks, with offsets into the sentence. The tags
 * are a rough stand-in (capitalised words NNP, others NN, punctuation its own tag) because the
 * code measured reads only the words.
 */
final class SentenceTokens {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'\u2019\\-]*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");

    private SentenceTokens() {
    }

    static List<Token> of(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String word = m.group();
            String pos = Character.isLetter(word.charAt(0))
                    ? (Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN")
                    : (Character.isDigit(word.charAt(0)) ? "CD" : word);
            tokens.add(new Token(tokens.size(), new Span(m.start(), m.end()), word,
                    word.toLowerCase(Locale.ROOT), pos, "O"));
        }
        return List.copyOf(tokens);
    }
}
