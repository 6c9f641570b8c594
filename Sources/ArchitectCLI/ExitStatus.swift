import ArgumentParser

/// The exit statuses of every command (README, "Commands"), named once.
enum ExitStatus {
    /// The command ran and what it checks failed: an unwaived finding at `--fail-on`, an invalid
    /// model, drift, a missed target with `--fail-on-verdict`.
    static let failed = ExitCode(1)
    /// An input cannot be used (unreadable, invalid, not analyzable) or an output cannot be written.
    static let unusable = ExitCode(2)
    /// A usage error, as ArgumentParser's own: a name the model does not have, a view a format
    /// cannot draw.
    static let usage = ExitCode.validationFailure
}
