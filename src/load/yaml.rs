//! The one place that knows the YAML parser: turns YAML text into a tree of [`Node`]s that
//! remember their line, so every later check can point an editor at the right line.
//!
//! The parser is `yaml-rust2`, used through its event stream: `serde_yaml` (archived) keeps
//! no positions for keys and values, and editors need the line of the offending key. Aliases
//! are expanded here under a node budget, so an "alias bomb" is an error, not an outage.

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::TScalarStyle;

/// The limits on nesting and on nodes (aliases expanded), kept in [`crate::limits`].
pub use crate::limits::{MAX_YAML_DEPTH as MAX_DEPTH, MAX_YAML_NODES as MAX_NODES};

/// A YAML value with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    /// 1-based line in the file the YAML came from.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    /// A scalar as written, with whether it was quoted: `"09:00"` and `true` differ.
    Scalar {
        text: String,
        quoted: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// Why YAML text could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    pub line: usize,
    /// 1-based column of the mistake, when a second reading found it (see
    /// [`crate::load::yaml_mistakes`]).
    pub column: Option<usize>,
    pub message: crate::messages::Message,
}

impl Node {
    /// A short name of this node's type, for error messages (rendered with `.text()`).
    pub fn type_name(&self) -> crate::messages::Message {
        match &self.value {
            Value::Null => crate::msg!("value-kind-nothing"),
            Value::Scalar { .. } => crate::msg!("value-kind-single"),
            Value::Seq(_) => crate::msg!("value-kind-list"),
            Value::Map(_) => crate::msg!("value-kind-keys"),
        }
    }

    /// The scalar text, if this node is a scalar.
    pub fn scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }
}

enum Frame {
    Seq {
        line: usize,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        line: usize,
        anchor: usize,
        entries: Vec<(Node, Node)>,
        pending_key: Option<Node>,
    },
}

/// Parses one YAML document. `first_line` is the line of the file on which `text` starts,
/// so front matter reports the lines an editor sees. An empty document is `Null`.
pub fn parse(text: &str, first_line: usize) -> Result<Node, YamlError> {
    let offset = first_line.saturating_sub(1);
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: std::collections::HashMap<usize, Node> = std::collections::HashMap::new();
    let mut node_count = 0usize;
    let mut root: Option<Node> = None;
    let mut documents = 0;

    loop {
        let (event, marker) = parser
            .next_token()
            .map_err(|e| plain_error(text, first_line, e.marker().line() + offset, e.info()))?;
        let line = marker.line() + offset;
        let finished: Option<(Node, usize)> = match event {
            Event::StreamStart | Event::Nothing | Event::DocumentEnd => None,
            Event::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return Err(YamlError {
                        line,
                        column: None,
                        message: crate::msg!("yaml-second-document"),
                    });
                }
                None
            }
            Event::StreamEnd => break,
            Event::Scalar(text, style, anchor, _tag) => {
                let node = scalar_node(text, style, line);
                Some((node, anchor))
            }
            Event::Alias(anchor) => {
                let Some(target) = anchors.get(&anchor) else {
                    return Err(YamlError {
                        line,
                        column: None,
                        message: crate::msg!("yaml-alias-undefined"),
                    });
                };
                let size = count_nodes(target);
                node_count += size;
                if node_count > MAX_NODES {
                    return Err(too_many_nodes(line));
                }
                let mut copy = target.clone();
                copy.line = line;
                Some((copy, 0))
            }
            Event::SequenceStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(too_deep(line));
                }
                stack.push(Frame::Seq {
                    line,
                    anchor,
                    items: Vec::new(),
                });
                None
            }
            Event::MappingStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(too_deep(line));
                }
                stack.push(Frame::Map {
                    line,
                    anchor,
                    entries: Vec::new(),
                    pending_key: None,
                });
                None
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq {
                    line,
                    anchor,
                    items,
                }) => Some((
                    Node {
                        value: Value::Seq(items),
                        line,
                    },
                    anchor,
                )),
                _ => unreachable_structure(line)?,
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map {
                    line,
                    anchor,
                    entries,
                    ..
                }) => Some((
                    Node {
                        value: Value::Map(entries),
                        line,
                    },
                    anchor,
                )),
                _ => unreachable_structure(line)?,
            },
        };

        if let Some((node, anchor)) = finished {
            node_count += 1;
            if node_count > MAX_NODES {
                return Err(too_many_nodes(line));
            }
            if anchor != 0 {
                anchors.insert(anchor, node.clone());
            }
            match stack.last_mut() {
                None => root = Some(node),
                Some(Frame::Seq { items, .. }) => items.push(node),
                Some(Frame::Map {
                    entries,
                    pending_key,
                    ..
                }) => match pending_key.take() {
                    None => *pending_key = Some(node),
                    Some(key) => entries.push((key, node)),
                },
            }
        }
    }
    Ok(root.unwrap_or(Node {
        value: Value::Null,
        line: first_line,
    }))
}

fn scalar_node(text: String, style: TScalarStyle, line: usize) -> Node {
    let quoted = !matches!(style, TScalarStyle::Plain);
    let is_null = !quoted && matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL");
    Node {
        value: if is_null {
            Value::Null
        } else {
            Value::Scalar { text, quoted }
        },
        line,
    }
}

fn count_nodes(node: &Node) -> usize {
    match &node.value {
        Value::Null | Value::Scalar { .. } => 1,
        Value::Seq(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        Value::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| count_nodes(k) + count_nodes(v))
                .sum::<usize>()
        }
    }
}

fn too_deep(line: usize) -> YamlError {
    YamlError {
        line,
        column: None,
        message: crate::msg!("yaml-too-deep", limit = MAX_DEPTH),
    }
}

fn too_many_nodes(line: usize) -> YamlError {
    YamlError {
        line,
        column: None,
        message: crate::msg!("yaml-too-many-values", limit = MAX_NODES),
    }
}

fn unreachable_structure(line: usize) -> Result<Option<(Node, usize)>, YamlError> {
    Err(YamlError {
        line,
        column: None,
        message: crate::msg!("yaml-not-closed-properly"),
    })
}

/// The parser's refusal in an editor's words: a known mistake at or before the line where
/// the parser stopped, with its column and the corrected line, or else the parser's message
/// with a hint.
fn plain_error(text: &str, first_line: usize, line: usize, info: &str) -> YamlError {
    let mistake = if info.contains("recursion limit") {
        None
    } else {
        crate::load::yaml_mistakes::diagnose(text, first_line, line)
    };
    match mistake {
        Some(mistake) => YamlError {
            line: mistake.line,
            column: Some(mistake.column),
            message: mistake.message,
        },
        None => YamlError {
            line,
            column: None,
            message: describe_scan_error(info),
        },
    }
}

/// Rephrases the parser's terse messages for editors: the parser's own words (`detail`,
/// in English) with a hint for the common ones.
fn describe_scan_error(info: &str) -> crate::messages::Message {
    if info.contains("recursion limit") {
        return crate::msg!("yaml-too-deep", limit = MAX_DEPTH);
    }
    if info.contains("mapping values are not allowed") {
        crate::msg!("yaml-invalid-colon", detail = info)
    } else if info.contains("did not find expected key") || info.contains("block mapping") {
        crate::msg!("yaml-invalid-indentation", detail = info)
    } else if info.contains("found character that cannot start any token") {
        crate::msg!("yaml-invalid-start-character", detail = info)
    } else if info.contains("did not find expected node content") {
        crate::msg!("yaml-invalid-missing-value", detail = info)
    } else {
        crate::msg!("yaml-invalid", detail = info)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(node: &Node) -> Vec<(String, usize)> {
        match &node.value {
            Value::Map(entries) => entries
                .iter()
                .map(|(k, _)| (k.scalar().unwrap().to_string(), k.line))
                .collect(),
            _ => panic!("not a map"),
        }
    }

    #[test]
    fn keeps_lines_with_offset() {
        let node = parse("name: A\nkind: main\nhours:\n  - { from: \"09:00\" }\n", 2).unwrap();
        assert_eq!(
            keys(&node),
            [("name".into(), 2), ("kind".into(), 3), ("hours".into(), 4)]
        );
    }

    #[test]
    fn quoted_and_plain_scalars_differ() {
        let node = parse("a: \"true\"\nb: true\nc: ~\n", 1).unwrap();
        let Value::Map(entries) = node.value else {
            panic!()
        };
        assert_eq!(
            entries[0].1.value,
            Value::Scalar {
                text: "true".into(),
                quoted: true
            }
        );
        assert_eq!(
            entries[1].1.value,
            Value::Scalar {
                text: "true".into(),
                quoted: false
            }
        );
        assert_eq!(entries[2].1.value, Value::Null);
    }

    #[test]
    fn alias_bomb_is_an_error() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let error = parse(&text, 1).unwrap_err();
        assert_eq!(error.message.id, "yaml-too-many-values", "{error:?}");
    }

    #[test]
    fn deep_nesting_is_an_error() {
        let text = "[".repeat(10_000);
        let error = parse(&text, 1).unwrap_err();
        assert_eq!(error.message.id, "yaml-too-deep", "{error:?}");
    }

    #[test]
    fn syntax_error_has_line() {
        let error = parse("name: A\nkind: [main\n", 5).unwrap_err();
        assert!(error.line >= 6, "{error:?}");
    }
}
