//! The YAML loader: never panics, and a result never has more nodes than the limit.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mienskip::load::yaml::{parse, Node, Value, MAX_DEPTH, MAX_NODES};

fn count(node: &Node, depth: usize) -> usize {
    assert!(depth <= MAX_DEPTH + 1, "deeper than the limit");
    match &node.value {
        Value::Null | Value::Scalar { .. } => 1,
        Value::Seq(items) => 1 + items.iter().map(|n| count(n, depth + 1)).sum::<usize>(),
        Value::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| count(k, depth + 1) + count(v, depth + 1))
                .sum::<usize>()
        }
    }
}

fuzz_target!(|text: &str| {
    match parse(text, 2) {
        Ok(node) => assert!(count(&node, 0) <= MAX_NODES),
        Err(e) => assert!(e.line >= 2 && !e.message.is_empty()),
    }
});
