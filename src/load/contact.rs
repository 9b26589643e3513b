//! Contact details (`contact: { email, phone, website }`, an organisation's and an area
//! team's): each value checked, a phone number normalised, and a bad value reported with
//! its line, the value and how to write it.

use super::fields::{Fields, Reader};
use super::yaml::Node;
use crate::diagnostics::quote_value;
use crate::model::{Contact, Phone};
use email_address::{EmailAddress, Options};
use phonenumber::{country, Mode};

/// `contact: { email, phone, website }`.
pub(super) fn contact(node: &Node, r: &mut Reader) -> Option<Contact> {
    let f = r.keyed(
        node,
        crate::msg!("place-key", key = "contact"),
        &crate::model::keys::CONTACT,
    )?;
    Some(Contact {
        email: email(&f, r),
        phone: phone(&f, r),
        website: website(&f, r),
    })
}

/// `email:` checked as an address.
pub(super) fn email(f: &Fields, r: &mut Reader) -> Option<String> {
    let text = r.opt_text(f, "email")?;
    if is_email(&text) {
        Some(text)
    } else {
        r.error(
            f.line_of("email"),
            crate::msg!("contact-not-an-email", value = quote_value(&text)),
        );
        None
    }
}

/// `phone:` checked and normalised.
pub(super) fn phone(f: &Fields, r: &mut Reader) -> Option<Phone> {
    let text = r.opt_text(f, "phone")?;
    let phone = parse_phone(&text);
    if phone.is_none() {
        r.error(
            f.line_of("phone"),
            crate::msg!("contact-not-a-phone", value = quote_value(&text)),
        );
    }
    phone
}

/// `website:` checked as an `https://` or `http://` address.
pub(super) fn website(f: &Fields, r: &mut Reader) -> Option<String> {
    let text = r.opt_text(f, "website")?;
    if is_web_address(&text) {
        Some(text)
    } else {
        r.error(
            f.line_of("website"),
            crate::msg!("contact-not-a-web-address", value = quote_value(&text)),
        );
        None
    }
}

/// One plain address (`info@example.nl`): no display name (`Info <info@...>`), no IP
/// address for a domain, and a domain with a dot, as every address a resident can write
/// to has.
pub fn is_email(text: &str) -> bool {
    let options = Options::default()
        .with_required_tld()
        .without_domain_literal()
        .without_display_text();
    EmailAddress::parse_with_options(text, options).is_ok()
}

/// A Dutch number (`058 233 8888`, `06 12345678`, `14 058`, `0800 1234`) or an
/// international one (`+32 2 123 45 67`), valid by libphonenumber's rules for its country.
/// Dutch numbers are shown the Dutch way, others with their country code.
pub fn parse_phone(text: &str) -> Option<Phone> {
    // A number has digits; libphonenumber would read "bel 1" as a vanity number.
    if text.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    let number = phonenumber::parse(Some(country::Id::NL), text).ok()?;
    if !phonenumber::is_valid(&number) {
        return None;
    }
    let dutch = number.country().id() == Some(country::Id::NL);
    let mode = if dutch {
        Mode::National
    } else {
        Mode::International
    };
    Some(Phone {
        display: number.format().mode(mode).to_string(),
        e164: number.format().mode(Mode::E164).to_string(),
    })
}

/// An absolute `https://` or `http://` address with a host, as a browser reads it.
pub fn is_web_address(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return false;
    };
    // A browser reads `https:///pad` as the host `pad`; no editor means that.
    if rest.starts_with(['/', '\\']) {
        return false;
    }
    url::Url::parse(text).is_ok_and(|u| {
        matches!(u.scheme(), "http" | "https")
            && u.host_str().is_some_and(|h| !h.is_empty())
            && !text.chars().any(char::is_whitespace)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(text: &str) -> (String, String) {
        let p = parse_phone(text).unwrap_or_else(|| panic!("{text} is a number"));
        (p.display, p.e164)
    }

    #[test]
    fn dutch_numbers_are_normalised() {
        assert_eq!(
            both("058 233 8888"),
            ("058 233 8888".into(), "+31582338888".into())
        );
        assert_eq!(
            both("058-2338888"),
            ("058 233 8888".into(), "+31582338888".into())
        );
        assert_eq!(
            both("+31 (0)58 233 8888"),
            ("058 233 8888".into(), "+31582338888".into())
        );
        assert_eq!(
            both("0612345678"),
            ("06 12345678".into(), "+31612345678".into())
        );
    }

    #[test]
    fn the_municipal_number_is_a_number() {
        let (display, e164) = both("14 058");
        assert_eq!(display, "14 058");
        assert_eq!(e164, "+3114058");
    }

    #[test]
    fn foreign_numbers_keep_their_country_code() {
        assert_eq!(
            both("+32 2 500 12 34"),
            ("+32 2 500 12 34".into(), "+3225001234".into())
        );
        assert_eq!(
            both("0044 20 7946 0958"),
            ("+44 20 7946 0958".into(), "+442079460958".into())
        );
    }

    #[test]
    fn words_and_short_numbers_are_not_numbers() {
        for bad in [
            "bel maar",
            "058 233",
            "12",
            "",
            "0800-BELME",
            "+31 58 233 8888 8888",
        ] {
            assert!(parse_phone(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn email_addresses() {
        assert!(is_email("info@example.nl"));
        assert!(is_email("buurtkamer.noord+post@amaryllis-leeuwarden.nl"));
        for bad in [
            "info",
            "info@",
            "info@localhost",
            "Info <info@example.nl>",
            "info@[127.0.0.1]",
            "in fo@example.nl",
            "mail ons",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn web_addresses() {
        assert!(is_web_address("https://www.example.nl/"));
        assert!(is_web_address("http://example.nl/pad?x=1"));
        for bad in [
            "www.example.nl",
            "javascript:alert(1)",
            "https://",
            "ftp://example.nl/",
            "https:///pad",
            "https://exa mple.nl/",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }
}
