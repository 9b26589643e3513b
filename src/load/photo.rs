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
    let pf = r.keyed(node, "`photo`", &crate::model::keys::PHOTO)?;
    let file = r.req_text(&pf, "file", "photos/ingang.jpg");
    let alt = r.opt_text(&pf, "alt");
    if alt.is_none() {
        r.error(
            pf.line_of("alt"),
            "`alt` is required: a short text that says what the photo shows, for residents who cannot see it; add one like `alt: De ingang aan de straatkant, met een blauwe deur`",
        );
    }
    let credit = r.opt_text(&pf, "credit");
    let file = file?;
    if !files::is_relative_inside(&file) {
        r.error(
            pf.line_of("file"),
            format!(
                "`file` is \"{}\"; give a path inside data/, like photos/ingang.jpg",
                quote_value(&file)
            ),
        );
        return None;
    }
    if format_of_name(&file).is_none() {
        r.error(
            pf.line_of("file"),
            format!(
                "`file` is \"{}\", which is not a JPEG, PNG or WebP file; save the photo as .jpg, .png or .webp",
                quote_value(&file)
            ),
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
            let mut d = Diagnostics::new();
            let path = room.path.clone();
            if let Some(photo) = &mut Arc::make_mut(room).photo {
                photo.source = read(root, &path, photo, &mut d).map(Arc::new);
            }
            d
        });
    let initiatives = sources
        .initiatives
        .par_iter_mut()
        .filter(|i| i.photo.is_some())
        .map(|i| {
            let mut d = Diagnostics::new();
            let path = i.path.clone();
            if let Some(photo) = &mut Arc::make_mut(i).photo {
                photo.source = read(root, &path, photo, &mut d).map(Arc::new);
            }
            d
        });
    let found: Vec<Diagnostics> = rooms.chain(initiatives).collect();
    found.into_iter().for_each(|d| diags.extend(d));
}

/// The file of `photo`, named in the item at `path`, read and checked.
fn read(root: &Path, path: &str, photo: &Photo, diags: &mut Diagnostics) -> Option<PhotoSource> {
    let relative = format!("data/{}", photo.file);
    let mut problem = |message: String| {
        diags.push(Diagnostic::error(path, Some(photo.line), message));
    };
    let bytes = match files::read(root, &relative, MAX_PHOTO_BYTES) {
        Ok(bytes) => bytes,
        Err(Refusal::Missing) => {
            problem(format!(
                "`photo` names {relative}, which does not exist; check the file name, or put the photo there"
            ));
            return None;
        }
        Err(Refusal::Outside) => {
            problem(format!("`photo` names {relative}, {}", files::OUTSIDE));
            return None;
        }
        Err(Refusal::Git) => {
            problem(format!("`photo` names {relative}, {}", files::GIT));
            return None;
        }
        Err(Refusal::TooLarge { size, limit }) => {
            problem(format!(
                "`photo` names {relative}: {}",
                files::too_large(size, limit, "make the photo smaller (2000 pixels wide is plenty) or save it with more compression")
            ));
            return None;
        }
        Err(refusal) => {
            problem(format!(
                "`photo` names {relative}, which {}",
                refusal.message("")
            ));
            return None;
        }
    };
    let (width, height) = match header(&bytes) {
        Ok(size) => size,
        Err(message) => {
            problem(format!("`photo` names {relative}, {message}"));
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
fn decoder(bytes: &[u8]) -> Result<impl ImageDecoder + '_, String> {
    let format = image::guess_format(bytes)
        .ok()
        .filter(|f| EXTENSIONS.iter().any(|(_, known)| known == f))
        .ok_or("which is not a JPEG, PNG or WebP image; save it again as .jpg or .png")?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    // Pixels times four bytes, and room for the decoder's own buffers.
    limits.max_alloc = Some(MAX_PHOTO_PIXELS * 4 + (64 << 20));
    reader.limits(limits);
    reader.into_decoder().map_err(|e| {
        format!("which cannot be read as an image ({e}); save it again as .jpg or .png")
    })
}

/// The size of the image as shown (the camera's rotation applied), read from its header.
fn header(bytes: &[u8]) -> Result<(u32, u32), String> {
    let mut decoder = decoder(bytes)?;
    let (w, h) = decoder.dimensions();
    check_pixels(w, h)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    Ok(oriented(w, h, orientation))
}

fn check_pixels(w: u32, h: u32) -> Result<(), String> {
    if w == 0 || h == 0 {
        return Err("which is an image without pixels; save the photo again".to_string());
    }
    if u64::from(w) * u64::from(h) > MAX_PHOTO_PIXELS {
        return Err(format!(
            "which is {w} x {h} pixels, more than the limit of {} million pixels; make it smaller (2000 pixels wide is plenty)",
            MAX_PHOTO_PIXELS / 1_000_000
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
pub fn decode(bytes: &[u8]) -> Result<DynamicImage, String> {
    let mut decoder = decoder(bytes)?;
    let (w, h) = decoder.dimensions();
    check_pixels(w, h)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| {
        format!("which cannot be read as an image ({e}); save it again as .jpg or .png")
    })?;
    image.apply_orientation(orientation);
    Ok(image)
}
