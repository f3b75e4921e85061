package org.sitrep.store;

import java.util.List;

/**
 * What {@link EventStore#save} did with one article.
 *
 * @param articleId the article's id
 * @param status whether the article was written, linked as a copy, or skipped
 * @param eventsWritten event rows inserted or updated for this article; 0 unless {@link Status#SAVED}
 * @param evidenceWritten evidence rows newly inserted for this article; 0 unless {@link Status#SAVED}
 * @param duplicateOf for {@link Status#DUPLICATE}, the id of the first copy it is linked to; else null
 * @param joinedEventIds the ids of the events stored from earlier articles that events of this
 *     article joined (cross-article fusion), in the article's event order; its other events are new
 */
public record SaveOutcome(String articleId, Status status, int eventsWritten, int evidenceWritten,
                          String duplicateOf, List<String> joinedEventIds) {
    /** The things the store can do with an article. */
    public enum Status {
        /** The article, its events and their evidence were written. */
        SAVED,
        /**
         * The article is a near-duplicate of a stored one (a syndicated copy, a re-post): it was
         * stored linked to the first copy; its events were not written, so they are not counted twice.
         */
        DUPLICATE,
        /** An article with the same id was already stored (or came earlier in the same batch); nothing was written. */
        SKIPPED_ALREADY_STORED
    }

    public SaveOutcome {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("articleId must not be blank");
        }
        if (status == null) {
            throw new IllegalArgumentException("status must not be null");
        }
        joinedEventIds = List.copyOf(joinedEventIds);
        if (eventsWritten < 0 || evidenceWritten < 0 || joinedEventIds.size() > eventsWritten) {
            throw new IllegalArgumentException("need counts >= 0 and no more joined events than written, were eventsWritten="
                    + eventsWritten + ", evidenceWritten=" + evidenceWritten + ", joined=" + joinedEventIds.size());
        }
        if ((status == Status.DUPLICATE) != (duplicateOf != null)) {
            throw new IllegalArgumentException("duplicateOf is set exactly for a DUPLICATE, was " + duplicateOf + " for " + status);
        }
    }

    static SaveOutcome skipped(String articleId) {
        return new SaveOutcome(articleId, Status.SKIPPED_ALREADY_STORED, 0, 0, null, List.of());
    }

    static SaveOutcome duplicate(String articleId, String firstCopyId) {
        return new SaveOutcome(articleId, Status.DUPLICATE, 0, 0, firstCopyId, List.of());
    }

    /** Number of this article's events that joined an event of an earlier article. */
    public int eventsJoined() {
        return joinedEventIds.size();
    }

    /** True when the article was written (as an original or as a linked copy), false when it was stored already. */
    public boolean saved() {
        return status != Status.SKIPPED_ALREADY_STORED;
    }
}
