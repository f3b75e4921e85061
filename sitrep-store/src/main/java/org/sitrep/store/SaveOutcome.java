package org.sitrep.store;

/**
 * What {@link EventStore#save} did with one article.
 *
 * @param articleId the article's id
 * @param status whether the article was written or skipped
 * @param eventsWritten event rows inserted or updated for this article; 0 when skipped
 * @param evidenceWritten evidence rows newly inserted for this article; 0 when skipped
 */
public record SaveOutcome(String articleId, Status status, int eventsWritten, int evidenceWritten) {
    /** The two things the store can do with an article. */
    public enum Status {
        /** The article, its events and their evidence were written. */
        SAVED,
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
        if (eventsWritten < 0 || evidenceWritten < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were eventsWritten=" + eventsWritten + ", evidenceWritten=" + evidenceWritten);
        }
    }

    public boolean saved() {
        return status == Status.SAVED;
    }
}
