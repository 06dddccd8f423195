/// The exit statuses, the same for every command (the README's "Exit codes" lists them).
enum ExitStatus: Int32 {
    /// Done.
    case success = 0
    /// A file could not be read, was refused or did not match, or an output could not be written.
    case failure = 1
    /// The command line is wrong: an unknown option, a missing argument, a bad value.
    case usage = 2
    /// `batch` did part of the work: some files or pairs failed, the rest was written.
    case partial = 3
}
