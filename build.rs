//! Rebuilds the binary when the built-in theme changes: its files are embedded at compile
//! time, and cargo does not otherwise notice a changed template.

fn main() {
    println!("cargo:rerun-if-changed=themes/default");
}
