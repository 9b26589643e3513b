//! Splits a Markdown content file into its YAML front matter and its body.

/// The parts of a content file, with the line each starts on.
#[derive(Debug, PartialEq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// Line of the first YAML line (the one after the opening `---`).
    pub yaml_line: usize,
    pub body: &'a str,
    /// Line of the first body line.
    pub body_line: usize,
}

/// Why a file could not be split, with the line to point at.
#[derive(Debug, PartialEq)]
pub struct SplitError {
    pub line: usize,
    pub message: crate::messages::Message,
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Finds the front matter between a first line `---` and the next line `---`.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if !is_fence(first) {
        return Err(SplitError {
            line: 1,
            message: crate::msg!("frontmatter-no-start"),
        });
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    let mut line_number = 1;
    for line in lines {
        line_number += 1;
        if is_fence(line) {
            let body_start = offset + line.len();
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[body_start..],
                body_line: line_number + 1,
            });
        }
        offset += line.len();
    }
    Err(SplitError {
        line: 1,
        message: crate::msg!("frontmatter-not-closed"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let split = split("---\nname: A\n---\nHello\n").unwrap();
        assert_eq!(split.yaml, "name: A\n");
        assert_eq!(split.yaml_line, 2);
        assert_eq!(split.body, "Hello\n");
        assert_eq!(split.body_line, 4);
    }

    #[test]
    fn empty_body_and_crlf() {
        let split = split("---\r\nname: A\r\n---\r\n").unwrap();
        assert_eq!(split.yaml, "name: A\r\n");
        assert_eq!(split.body, "");
    }

    #[test]
    fn missing_fences_are_errors() {
        assert_eq!(split("name: A\n").unwrap_err().line, 1);
        assert_eq!(
            split("---\nname: A\n").unwrap_err().message.id,
            "frontmatter-not-closed"
        );
        assert!(split("").is_err());
    }
}
