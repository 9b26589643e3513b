//! The attack suite: hostile content built as a stranger's pull request would bring it, with
//! assertions on the output, the exit code and, for the limits, the limit's error. One test
//! binary, one module per kind of attack.

#[path = "../common/mod.rs"]
mod common;
mod content;
mod limits;
mod output;
mod serve;
mod symlinks;
