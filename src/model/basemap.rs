//! The basemap under the maps (`map.basemap`): roads, water and place names, muted.

use super::geometry::Ring;
use super::words::{words, Words};

words! {
    /// What a basemap feature is, from its `kind` property.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum BaseKind {
        Road = "road",
        Water = "water",
        Place = "place",
    }
}

/// One feature of the basemap, in WGS84 `[lon, lat]`.
#[derive(Debug, Clone, PartialEq)]
pub struct BaseFeature {
    pub kind: BaseKind,
    pub name: Option<String>,
    /// Lines (roads, canals drawn as lines).
    pub lines: Vec<Vec<[f64; 2]>>,
    /// Polygons, each an outer ring and its holes (lakes, wide water).
    pub polygons: Vec<Vec<Ring>>,
    /// The point of a place.
    pub point: Option<[f64; 2]>,
}

/// The whole basemap: its features in file order and where it comes from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Basemap {
    /// The collection's `source` member, shown beside the map.
    pub source: Option<String>,
    pub features: Vec<BaseFeature>,
}
