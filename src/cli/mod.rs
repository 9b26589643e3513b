//! The command line's work besides reading the arguments: reporting problems and running a
//! build.

pub mod build;
pub mod help;
pub mod report;
