/// The names of the portal's signing keys in `site_secret` (`SiteSecrets`). The writer creates
/// every one of them when `vetrina serve` starts, so a read-only node (which cannot create one on
/// first use) finds them all in the replicated file; `all` is the list both sides go through.
public enum SiteKeyNames {
    /// Citizens' feedback forms on the cards (`TokenSigner`, `FeedbackEnvironment`).
    public static let feedbackForms = "feedback-forms"
    /// The enterprise shortlist's cookie and shared links.
    public static let shortlist = "shortlist"
    /// The session-less CSRF tokens of the public forms (`PublicFormGuard`).
    public static let publicForms = "public-forms"

    public static let all = [feedbackForms, shortlist, publicForms]
}
