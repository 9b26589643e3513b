//! Photos of rooms and initiatives: the `photo: { file, alt, credit }` key, and the file
//! under `data/` it names, read through [`super::files`] (never outside the site root) and
//! checked before anything is built: a JPEG, PNG or WebP, at most [`MAX_PHOTO_BYTES`]
//! bytes and [`MAX_PHOTO_PIXELS`] pixels. Only the header is read here; the pixels are
//! decoded, with the same limits, when the photo is published (`outputs::photos`).

use super::fields::{Fields, Reader};
use super::files::{self, Refusal};
use super::Sources;
use crate::diagnostics::{quote_value, Diagnostic, Diagnostics};
use crate::limits::{MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS};
use crate::messages::Message;
use crate::model::{Photo, PhotoSource};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use rayon::prelude::*;
use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

/// The file name endings a photo may have, and what each must hold.
const EXTENSIONS: &[(&str, ImageFormat)] = &[
    ("jpg", ImageFormat::Jpeg),
    ("jpeg", ImageFormat::Jpeg),
    ("png", ImageFormat::Png),
    ("webp", ImageFormat::WebP),
];

/// `photo: { file, alt, credit }`; the file itself is read later, by [`load_photos`].
pub(super) fn photo(f: &Fields, r: &mut Reader) -> Option<Photo> {
    let node = f.get("photo")?;
    let pf = r.keyed(
        node,
        crate::msg!("place-key", key = "photo"),
        &crate::model::keys::PHOTO,
    )?;
    let file = r.req_text(&pf, "file", "photos/ingang.jpg");
    let alt = r.opt_text(&pf, "alt");
    if alt.is_none() {
        r.error(pf.line_of("alt"), crate::msg!("photo-alt-required"));
    }
    let credit = r.opt_text(&pf, "credit");
    let file = file?;
    if !files::is_relative_inside(&file) {
        r.error(
            pf.line_of("file"),
            crate::msg!("photo-file-outside", value = quote_value(&file)),
        );
        return None;
    }
    if format_of_name(&file).is_none() {
        r.error(
            pf.line_of("file"),
            crate::msg!("photo-file-not-an-image-name", value = quote_value(&file)),
        );
        return None;
    }
    Some(Photo {
        file,
        line: pf.line_of("file"),
        alt: alt?,
        credit,
        source: None,
    })
}

fn format_of_name(file: &str) -> Option<ImageFormat> {
    let (_, extension) = file.rsplit_once('.')?;
    EXTENSIONS
        .iter()
        .find(|(e, _)| extension.eq_ignore_ascii_case(e))
        .map(|(_, format)| *format)
}

/// Reads and checks the file of every room's and initiative's photo, in parallel, and
/// keeps it with the photo; each problem is reported at the `photo` line that names the file.
pub fn load_photos(root: &Path, sources: &mut Sources, diags: &mut Diagnostics) {
    let rooms = sources
        .rooms
        .par_iter_mut()
        .filter(|room| room.photo.is_some())
        .map(|room| {
            let room = Arc::make_mut(room);
            attach(root, &room.path, &mut room.photo)
        });
    let initiatives = sources
        .initiatives
        .par_iter_mut()
        .filter(|i| i.photo.is_some())
        .map(|i| {
            let i = Arc::make_mut(i);
            attach(root, &i.path, &mut i.photo)
        });
    let found: Vec<Diagnostics> = rooms.chain(initiatives).collect();
    found.into_iter().for_each(|d| diags.extend(d));
}

/// Reads the file of the photo of the item at `path` into it; the problems found.
fn attach(root: &Path, path: &str, photo: &mut Option<Photo>) -> Diagnostics {
    let mut d = Diagnostics::new();
    if let Some(photo) = photo {
        photo.source = read(root, path, photo, &mut d).map(Arc::new);
    }
    d
}

/// The file of `photo`, named in the item at `path`, read and checked.
fn read(root: &Path, path: &str, photo: &Photo, diags: &mut Diagnostics) -> Option<PhotoSource> {
    let relative = format!("data/{}", photo.file);
    let mut problem = |message: Message| {
        diags.push(Diagnostic::error(path, Some(photo.line), message));
    };
    // What is wrong with the file, after "`photo` names data/…".
    let wrong = |what: Message| {
        crate::msg!(
            "photo-problem",
            file = relative.as_str(),
            problem = what.text()
        )
    };
    let bytes = match files::read(root, &relative, MAX_PHOTO_BYTES) {
        Ok(bytes) => bytes,
        Err(Refusal::Missing) => {
            problem(crate::msg!("photo-missing", file = relative.as_str()));
            return None;
        }
        Err(Refusal::Outside) => {
            problem(wrong(crate::msg!("photo-link-outside")));
            return None;
        }
        Err(Refusal::Git) => {
            problem(wrong(crate::msg!("photo-link-git")));
            return None;
        }
        Err(Refusal::TooLarge { size, limit }) => {
            problem(crate::msg!(
                "photo-too-large",
                file = relative.as_str(),
                size = size / 1024,
                limit = limit / 1024
            ));
            return None;
        }
        Err(Refusal::NotAFile) => {
            problem(wrong(crate::msg!("file-not-a-file")));
            return None;
        }
        Err(Refusal::Io(error)) => {
            problem(wrong(crate::msg!(
                "photo-unreadable",
                error = error.to_string()
            )));
            return None;
        }
    };
    let (width, height) = match header(&bytes) {
        Ok(size) => size,
        Err(message) => {
            problem(wrong(message));
            return None;
        }
    };
    Some(PhotoSource {
        digest: format!("{:08x}", xxhash_rust::xxh3::xxh3_64(&bytes) as u32),
        bytes: Arc::from(bytes),
        width,
        height,
    })
}

/// The decoder of a JPEG, PNG or WebP file, with the limits every photo is read with.
fn decoder(bytes: &[u8]) -> Result<impl ImageDecoder + '_, Message> {
    let format = image::guess_format(bytes)
        .ok()
        .filter(|f| EXTENSIONS.iter().any(|(_, known)| known == f))
        .ok_or(crate::msg!("photo-not-an-image"))?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    // Pixels times four bytes, and room for the decoder's own buffers.
    limits.max_alloc = Some(MAX_PHOTO_PIXELS * 4 + (64 << 20));
    reader.limits(limits);
    reader
        .into_decoder()
        .map_err(|e| crate::msg!("photo-cannot-decode", error = e.to_string()))
}

/// The size of the image as shown (the camera's rotation applied), read from its header.
fn header(bytes: &[u8]) -> Result<(u32, u32), Message> {
    let mut decoder = decoder(bytes)?;
    let (w, h) = decoder.dimensions();
    check_pixels(w, h)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    Ok(oriented(w, h, orientation))
}

fn check_pixels(w: u32, h: u32) -> Result<(), Message> {
    if w == 0 || h == 0 {
        return Err(crate::msg!("photo-no-pixels"));
    }
    if u64::from(w) * u64::from(h) > MAX_PHOTO_PIXELS {
        return Err(crate::msg!(
            "photo-too-many-pixels",
            width = w.to_string(),
            height = h.to_string(),
            limit = MAX_PHOTO_PIXELS / 1_000_000
        ));
    }
    Ok(())
}

fn oriented(w: u32, h: u32, orientation: image::metadata::Orientation) -> (u32, u32) {
    use image::metadata::Orientation::*;
    match orientation {
        Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH => (h, w),
        _ => (w, h),
    }
}

/// The photo's pixels, turned the way the camera meant them, decoded with the same
/// limits as the check above. Nothing but the pixels is kept: no EXIF, GPS or other tag.
/// The error is what is wrong with the file, in words (a `photo-…` message), to follow
/// "`photo` names data/…" (`msg!("photo-problem", …)`).
pub fn decode(bytes: &[u8]) -> Result<DynamicImage, String> {
    decode_pixels(bytes).map_err(|message| message.text())
}

fn decode_pixels(bytes: &[u8]) -> Result<DynamicImage, Message> {
    let mut decoder = decoder(bytes)?;
    let (w, h) = decoder.dimensions();
    check_pixels(w, h)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder)
        .map_err(|e| crate::msg!("photo-cannot-decode", error = e.to_string()))?;
    image.apply_orientation(orientation);
    Ok(image)
}
