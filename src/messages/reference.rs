//! `docs/foutmeldingen.md`, the editors' reference of every message, generated from the
//! Dutch catalogue: each `##` group comment is a section, each message is its text in bold
//! with the `#` comment above it as the explanation, so the two cannot drift.

use super::catalogue;
use super::Language;
use fluent_syntax::ast;

/// Where the reference is kept in the repository.
pub const PATH: &str = "docs/foutmeldingen.md";

/// The reference as Markdown: the introduction (`messages/nl/inleiding.md`), a table of
/// contents, then every section of the Dutch catalogue in file order.
pub fn markdown() -> String {
    let mut sections: Vec<(String, String)> = Vec::new();
    for (_, source) in catalogue::sources(Language::Dutch) {
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::GroupComment(comment) => {
                    let mut lines = comment.content.iter();
                    let title = lines
                        .next()
                        .map(|l| l.trim().to_string())
                        .unwrap_or_default();
                    let mut text = String::new();
                    for line in lines {
                        text.push_str(line);
                        text.push('\n');
                    }
                    sections.push((title, text));
                }
                ast::Entry::Message(message) => {
                    let Some(value) = &message.value else {
                        continue;
                    };
                    if sections.is_empty() {
                        sections.push((String::new(), String::new()));
                    }
                    let body = &mut sections.last_mut().expect("a section").1;
                    if !body.is_empty() && !body.ends_with("\n\n") {
                        body.push('\n');
                    }
                    body.push_str(&bold_code(&pattern_text(value)));
                    body.push('\n');
                    if let Some(comment) = &message.comment {
                        for line in &comment.content {
                            body.push_str(line);
                            body.push('\n');
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let intro = catalogue::Files::get("nl/inleiding.md")
        .map(|f| String::from_utf8_lossy(&f.data).into_owned())
        .unwrap_or_default();
    let mut out = String::new();
    out.push_str("<!-- Gemaakt uit messages/nl/*.ftl (cargo test messages; MIENSKIP_BLESS=1 schrijft dit bestand opnieuw). Verander de catalogus, niet dit bestand. -->\n\n");
    out.push_str(intro.trim_end());
    out.push_str("\n\n## Inhoud\n\n");
    for (number, (title, _)) in sections.iter().enumerate() {
        out.push_str(&format!("{}. [{title}](#{})\n", number + 1, anchor(title)));
    }
    for (title, body) in &sections {
        out.push_str(&format!("\n## {title}\n\n{}", body.trim_end()));
        out.push('\n');
    }
    out
}

/// The message's text as an editor sees it, each value from their file written `‹name›`
/// and a choice (singular or plural) as its default form.
fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                text.push_str(&expression_text(expression))
            }
        }
    }
    text
}

fn expression_text(expression: &ast::Expression<&str>) -> String {
    match expression {
        ast::Expression::Inline(inline) => inline_text(inline),
        ast::Expression::Select { variants, .. } => variants
            .iter()
            .find(|v| v.default)
            .map(|v| pattern_text(&v.value))
            .unwrap_or_default(),
    }
}

fn inline_text(inline: &ast::InlineExpression<&str>) -> String {
    match inline {
        ast::InlineExpression::StringLiteral { value } => value.to_string(),
        ast::InlineExpression::NumberLiteral { value } => value.to_string(),
        ast::InlineExpression::VariableReference { id } => format!("‹{}›", id.name),
        ast::InlineExpression::Placeable { expression } => expression_text(expression),
        ast::InlineExpression::FunctionReference { arguments, .. } => arguments
            .positional
            .first()
            .map(inline_text)
            .unwrap_or_default(),
        ast::InlineExpression::MessageReference { id, .. } => format!("‹{}›", id.name),
        ast::InlineExpression::TermReference { id, .. } => format!("‹{}›", id.name),
    }
}

/// Bold inline code that survives backticks inside the message: the fence is one backtick
/// longer than the longest run in the text.
fn bold_code(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("**{fence}{pad}{text}{pad}{fence}**")
}

/// GitHub's anchor for a heading: lower case, punctuation other than `-` removed, spaces
/// as `-`.
fn anchor(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// Every message id and the variables its text uses, in one language, for the tests.
#[cfg(test)]
pub(super) fn ids_and_variables(
    language: Language,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut all = std::collections::BTreeMap::new();
    for (_, source) in catalogue::sources(language) {
        let Ok(resource) = fluent_syntax::parser::parse(source.as_str()) else {
            continue;
        };
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = std::collections::BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                all.insert(message.id.name.to_string(), variables);
            }
        }
    }
    all
}

#[cfg(test)]
fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut std::collections::BTreeSet<String>) {
    fn inline(e: &ast::InlineExpression<&str>, out: &mut std::collections::BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out))
            }
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut std::collections::BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern_variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expr(expression, out);
        }
    }
}
