//! A photo of a room or an initiative: what the content says about it, the file it was
//! read from, and the widths it is published in (computed here, so that the page and the
//! photo files agree without either decoding the image).

use std::sync::Arc;

/// The widths, in pixels, a photo is published in: a phone (320-480 px wide, or a
/// 2x screen's half), a tablet or a 2x phone, and a wide screen. A photo narrower than a
/// width is never enlarged: it is published in the widths below its own, and in its own.
pub const PHOTO_WIDTHS: [u32; 3] = [480, 960, 1440];

/// `photo: { file, alt, credit }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    /// The path under `data/`, as written.
    pub file: String,
    /// The line of `photo`, for problems with the file.
    pub line: usize,
    pub alt: String,
    pub credit: Option<String>,
    /// The file's bytes and size, once read and checked (`load::photo`); `None` while not
    /// yet read or when the file has a problem (then the build stops with an error).
    pub source: Option<Arc<PhotoSource>>,
}

/// A photo file read and checked: its bytes as they are on disk, never published
/// themselves, and its size as shown (after the camera's rotation tag is applied).
#[derive(Clone, PartialEq)]
pub struct PhotoSource {
    pub bytes: Arc<[u8]>,
    pub width: u32,
    pub height: u32,
    /// A short digest of the bytes: in the published file names, so that a replaced photo
    /// gets new addresses and no browser shows the old one from its cache.
    pub digest: String,
}

impl std::fmt::Debug for PhotoSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhotoSource")
            .field("bytes", &self.bytes.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .field("digest", &self.digest)
            .finish()
    }
}

/// One published size of a photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhotoVariant {
    pub width: u32,
    pub height: u32,
}

impl PhotoSource {
    /// The sizes the photo is published in, narrowest first: every width of
    /// [`PHOTO_WIDTHS`] below the photo's own, and the photo's own width when it is below the
    /// widest (never enlarged). The height keeps the proportions, rounded, at least 1.
    pub fn variants(&self) -> Vec<PhotoVariant> {
        let widest = PHOTO_WIDTHS[PHOTO_WIDTHS.len() - 1];
        let mut widths: Vec<u32> = PHOTO_WIDTHS
            .into_iter()
            .filter(|w| *w < self.width)
            .collect();
        widths.push(self.width.min(widest));
        widths.dedup();
        widths
            .into_iter()
            .map(|width| PhotoVariant {
                width,
                height: scaled_height(self.width, self.height, width),
            })
            .collect()
    }
}

fn scaled_height(width: u32, height: u32, new_width: u32) -> u32 {
    let scaled =
        (u64::from(height) * u64::from(new_width) + u64::from(width) / 2) / u64::from(width.max(1));
    u32::try_from(scaled.max(1)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(width: u32, height: u32) -> PhotoSource {
        PhotoSource {
            bytes: Arc::from(Vec::new()),
            width,
            height,
            digest: String::new(),
        }
    }

    fn widths(s: &PhotoSource) -> Vec<(u32, u32)> {
        s.variants()
            .into_iter()
            .map(|v| (v.width, v.height))
            .collect()
    }

    #[test]
    fn a_large_photo_gets_every_width() {
        assert_eq!(
            widths(&source(4000, 3000)),
            [(480, 360), (960, 720), (1440, 1080)]
        );
    }

    #[test]
    fn a_small_photo_is_never_enlarged() {
        assert_eq!(
            widths(&source(1000, 500)),
            [(480, 240), (960, 480), (1000, 500)]
        );
        assert_eq!(widths(&source(300, 200)), [(300, 200)]);
        assert_eq!(widths(&source(480, 320)), [(480, 320)]);
        assert_eq!(
            widths(&source(1440, 100)),
            [(480, 33), (960, 67), (1440, 100)]
        );
    }

    #[test]
    fn a_thin_photo_keeps_a_height() {
        assert_eq!(widths(&source(5000, 1)), [(480, 1), (960, 1), (1440, 1)]);
    }
}
