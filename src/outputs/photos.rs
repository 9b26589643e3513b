//! The photos of rooms and initiatives, published beside their pages in every width of
//! [`PhotoSource::variants`]: decoded from the file (`load::photo::decode`, with its
//! limits), resized, and encoded again as JPEG from the pixels alone, so no EXIF, GPS or
//! other tag of the original comes along; the original itself is never published. The
//! same file gives the same bytes on every build.

use crate::diagnostics::Diagnostic;
use crate::load::photo::decode;
use crate::model::{Photo, PhotoSource, PhotoVariant, Site};
use crate::output::OutputFile;
use crate::resolve::routes::{parse_photo_path, photo_path, Route};
use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, RgbImage};
use rayon::prelude::*;

/// JPEG quality: at 80 a photo shows no visible loss and a 960 px wide one is some 100 KB.
const QUALITY: u8 = 80;

/// Every item with a photo whose file was read: its page, its file and the photo.
fn photos(site: &Site) -> Vec<(Route<'_>, &str, &Photo)> {
    let rooms = site
        .rooms
        .iter()
        .filter_map(|r| Some((Route::Room(&r.id), r.path.as_str(), r.photo.as_ref()?)));
    let initiatives = site
        .initiatives
        .iter()
        .filter_map(|i| Some((Route::Initiative(&i.id), i.path.as_str(), i.photo.as_ref()?)));
    rooms
        .chain(initiatives)
        .filter(|(_, _, p)| p.source.is_some())
        .collect()
}

/// Makes every width of every photo, handing each file to `out`.
pub fn render(site: &Site, out: &(dyn Fn(OutputFile) + Sync)) -> Result<(), Vec<Diagnostic>> {
    let problems: Vec<Diagnostic> = photos(site)
        .into_par_iter()
        .filter_map(|(page, path, photo)| {
            let source = photo.source.as_ref()?;
            match widths(source, &source.variants()) {
                Ok(files) => {
                    for (variant, bytes) in files {
                        out(OutputFile::new(
                            photo_path(page, &source.digest, variant.width),
                            bytes,
                        ));
                    }
                    None
                }
                Err(message) => Some(problem(path, photo, &message)),
            }
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The path of every file [`render`] makes, without decoding a photo.
pub fn paths(site: &Site) -> Vec<String> {
    photos(site)
        .into_iter()
        .filter_map(|(page, _, photo)| photo.source.as_ref().map(|source| (page, source)))
        .flat_map(|(page, source)| {
            source
                .variants()
                .into_iter()
                .map(move |variant| photo_path(page, &source.digest, variant.width))
        })
        .collect()
}

/// The photo file at `path`, when it is one: for the preview, which makes each on its own.
pub fn lookup(site: &Site, path: &str) -> Option<Result<OutputFile, Diagnostic>> {
    let (page, digest, width) = parse_photo_path(path)?;
    let (_, item_path, photo) = photos(site).into_iter().find(|(p, _, _)| *p == page)?;
    let source = photo.source.as_ref().filter(|s| s.digest == digest)?;
    let variant = source.variants().into_iter().find(|v| v.width == width)?;
    Some(
        widths(source, &[variant])
            .map(|mut files| OutputFile::new(path, files.remove(0).1))
            .map_err(|reason| problem(item_path, photo, &reason)),
    )
}

fn problem(path: &str, photo: &Photo, reason: &str) -> Diagnostic {
    Diagnostic::error(
        path,
        Some(photo.line),
        crate::msg!(
            "photo-not-published",
            file = photo.file.as_str(),
            reason = reason
        ),
    )
}

/// The photo in each of `variants`, as JPEG bytes.
fn widths(
    source: &PhotoSource,
    variants: &[PhotoVariant],
) -> Result<Vec<(PhotoVariant, Vec<u8>)>, String> {
    let pixels = flatten(decode(&source.bytes)?);
    variants
        .iter()
        .map(|v| {
            let resized = if (v.width, v.height) == pixels.dimensions() {
                pixels.clone()
            } else {
                image::imageops::resize(&pixels, v.width, v.height, FilterType::Lanczos3)
            };
            let mut bytes = Vec::new();
            JpegEncoder::new_with_quality(&mut bytes, QUALITY)
                .encode_image(&resized)
                .map_err(|e| e.to_string())?;
            Ok((*v, bytes))
        })
        .collect()
}

/// The pixels as RGB: a transparent part (of a PNG or WebP) on white, as on the page.
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.to_rgb8();
    }
    let rgba = image.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over =
            |c: u8| ((u32::from(c) * u32::from(a) + 255 * (255 - u32::from(a)) + 127) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}
