package org.sitrep.fuse;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Within-article fusion. Two mentions are one event when they have the same sub-event type and
 * nothing tells them apart: actors equal or unstated (an unidentified perpetrator is unstated),
 * counts equal or unstated (three arrested and five arrested are two events), places the same or
 * one inside the other (Nineveh and a village in Nineveh; Iraq and Nineveh), days equal or unstated.
 * Mentions join the first compatible event in article order.
 *
 * <p>The fused event takes the most precise location, the highest count of each kind (reports of one
 * event repeat, they do not add up), named actors over unstated ones, and every mention as evidence.
 */
public final class ArticleFuser implements Fuser {

    @Override
    public List<Event> fuse(Article article, List<EventMention> mentions) {
        List<List<EventMention>> clusters = new ArrayList<>();
        for (EventMention m : mentions) {
            List<EventMention> home = null;
            for (List<EventMention> c : clusters) {
                if (c.stream().allMatch(o -> compatible(o, m))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(m);
        }
        List<Event> events = new ArrayList<>();
        for (List<EventMention> c : clusters) {
            events.add(merge(article, c));
        }
        return events;
    }

    static boolean compatible(EventMention a, EventMention b) {
        return a.type() == b.type()
                && compatible(a.actor1(), b.actor1()) && compatible(a.actor2(), b.actor2())
                && compatible(a.fatalities(), b.fatalities()) && compatible(a.injured(), b.injured())
                && compatible(a.arrested(), b.arrested())
                && (a.date() == null || b.date() == null || a.date().equals(b.date()))
                && compatible(a.location(), b.location());
    }

    private static boolean compatible(Actor a, Actor b) {
        return a == null || b == null || a.id().equals(b.id()) || unidentified(a) || unidentified(b)
                || unitOf(a, b) || unitOf(b, a);
    }

    /**
     * Whether {@code unit} is a unit of {@code forces}: "Military Forces of Somalia Jubaland Security
     * Force" (id "somalia-military/jubaland-security-force") of "Military Forces of Somalia"; a
     * report may name the unit in one sentence and "soldiers" in the next.
     */
    private static boolean unitOf(Actor unit, Actor forces) {
        return unit.id().startsWith(forces.id() + "/");
    }

    private static boolean unidentified(Actor a) {
        return a.id().startsWith("unidentified-") && a.type() == ActorType.POLITICAL_MILITIA;
    }

    private static boolean compatible(int a, int b) {
        return a == 0 || b == 0 || a == b;
    }

    private static boolean compatible(Location a, Location b) {
        if (a == null || b == null || !a.resolved() || !b.resolved()) {
            return true;
        }
        Place p = a.place();
        Place q = b.place();
        return p.geonameId() == q.geonameId() || p.encloses(q) || q.encloses(p) || namesake(p, q) || namesake(q, p);
    }

    /**
     * "in Deir ez-Zor" names a city and its province alike: a province capital named like its
     * province stands for the province when compared with another place there.
     */
    private static boolean namesake(Place capital, Place other) {
        return capital.admin1() != null && capital.admin1().equalsIgnoreCase(capital.name())
                && capital.countryIso3().equals(other.countryIso3()) && capital.admin1().equals(other.admin1());
    }

    private static Event merge(Article article, List<EventMention> c) {
        EventMention first = c.get(0);
        Location location = null;
        Actor actor1 = null;
        Actor actor2 = null;
        int fatalities = 0;
        int injured = 0;
        int arrested = 0;
        double confidence = 0;
        EventMention dated = null;
        for (EventMention m : c) {
            if (m.location() != null && (location == null || moreSpecific(m.location(), location))) {
                location = m.location();
            }
            actor1 = better(actor1, m.actor1());
            actor2 = better(actor2, m.actor2());
            fatalities = Math.max(fatalities, m.fatalities());
            injured = Math.max(injured, m.injured());
            arrested = Math.max(arrested, m.arrested());
            confidence = Math.max(confidence, m.confidence());
            if (dated == null && m.date() != null) {
                dated = m;
            }
        }
        return new Event(eventId(first.type().name(), c), first.type(), actor1, actor2, location,
                dated == null ? null : dated.date(), dated == null ? null : dated.datePrecision(),
                fatalities, injured, arrested, confidence, c, 1, 1);
    }

    /** A named actor over an unstated one, a unit over the forces it belongs to, else the first. */
    private static Actor better(Actor current, Actor candidate) {
        if (current == null || current.id().startsWith("unidentified-") && candidate != null) {
            return candidate == null ? current : candidate;
        }
        return candidate != null && unitOf(candidate, current) ? candidate : current;
    }

    /** A resolved location beats none; then lower ACLED precision; then a place below a province beats the province. */
    private static boolean moreSpecific(Location a, Location b) {
        if (a.resolved() != b.resolved()) {
            return a.resolved();
        }
        if (a.precision() != b.precision()) {
            return a.precision() < b.precision();
        }
        return a.resolved() && level(a.place()) > level(b.place());
    }

    private static int level(Place p) {
        return p.isCountry() ? 0 : p.isProvince() ? 1 : p.isDistrict() ? 2 : 3;
    }

    /**
     * An id from the event's type and its evidence (article id and sentence offsets), so that coding
     * the same article again gives the same id.
     */
    static String eventId(String type, List<EventMention> mentions) {
        StringBuilder key = new StringBuilder(type);
        for (EventMention m : mentions) {
            for (Evidence e : m.evidence()) {
                key.append('|').append(e.articleId()).append(':').append(e.span().start()).append('-').append(e.span().end());
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
