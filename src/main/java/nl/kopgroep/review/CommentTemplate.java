package nl.kopgroep.review;

/** A reusable comment from the coach's own library. */
public record CommentTemplate(long id, String body) {
}
