//! The attack suite: hostile content built as a stranger's pull request would bring it, with
//! assertions on the output, the exit code and, for the limits, the limit's error. One module
//! per kind of attack; run them all with `cargo test --test testsuite attacks::`.

mod content;
mod limits;
mod output;
mod serve;
mod symlinks;
