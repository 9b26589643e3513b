//! Draws the two illustrations the example site uses as room photos
//! (`data/photos/tekening-buurthuis.png`, `data/photos/tekening-dorpshuis.png`): simple
//! drawings of a building's entrance, made here from rectangles, triangles and circles, so
//! the example ships pictures it may lawfully publish (CC0). They are drawings, not photos
//! of the real buildings, and their `alt` texts say so. Run `scripts/make-example-photos.sh`.

use image::{Rgb, RgbImage};
use std::path::Path;

const W: u32 = 1600;
const H: u32 = 1067;

fn rect(img: &mut RgbImage, x0: i32, y0: i32, x1: i32, y1: i32, c: [u8; 3]) {
    for y in y0.max(0)..y1.min(H as i32) {
        for x in x0.max(0)..x1.min(W as i32) {
            img.put_pixel(x as u32, y as u32, Rgb(c));
        }
    }
}

fn circle(img: &mut RgbImage, cx: i32, cy: i32, r: i32, c: [u8; 3]) {
    for y in (cy - r).max(0)..(cy + r).min(H as i32) {
        for x in (cx - r).max(0)..(cx + r).min(W as i32) {
            if (x - cx).pow(2) + (y - cy).pow(2) <= r * r {
                img.put_pixel(x as u32, y as u32, Rgb(c));
            }
        }
    }
}

/// A triangle with its apex at (cx, top) and its base from x0 to x1 at `base`.
fn roof(img: &mut RgbImage, x0: i32, x1: i32, cx: i32, top: i32, base: i32, c: [u8; 3]) {
    for y in top.max(0)..base.min(H as i32) {
        let t = f64::from(y - top) / f64::from(base - top);
        let left = cx - (f64::from(cx - x0) * t) as i32;
        let right = cx + (f64::from(x1 - cx) * t) as i32;
        rect(img, left, y, right, y + 1, c);
    }
}

fn sky_and_street(img: &mut RgbImage, ground: i32) {
    for y in 0..ground {
        let t = y as f64 / ground as f64;
        let c = [
            (170.0 + 50.0 * t) as u8,
            (205.0 + 30.0 * t) as u8,
            (235.0 + 15.0 * t) as u8,
        ];
        rect(img, 0, y, W as i32, y + 1, c);
    }
    rect(img, 0, ground, W as i32, H as i32, [150, 150, 145]);
    // Paving stones.
    for x in (0..W as i32).step_by(80) {
        rect(img, x, ground, x + 3, H as i32, [125, 125, 120]);
    }
    for y in (ground..H as i32).step_by(60) {
        rect(img, 0, y, W as i32, y + 3, [125, 125, 120]);
    }
}

fn windows(img: &mut RgbImage, xs: &[i32], y: i32, w: i32, h: i32) {
    for &x in xs {
        rect(img, x - 8, y - 8, x + w + 8, y + h + 8, [245, 242, 235]);
        rect(img, x, y, x + w, y + h, [120, 160, 190]);
        rect(img, x + w / 2 - 4, y, x + w / 2 + 4, y + h, [245, 242, 235]);
        rect(img, x, y + h / 2 - 4, x + w, y + h / 2 + 4, [245, 242, 235]);
    }
}

fn bricks(img: &mut RgbImage, x0: i32, y0: i32, x1: i32, y1: i32, c: [u8; 3], joint: [u8; 3]) {
    rect(img, x0, y0, x1, y1, c);
    for (row, y) in (y0..y1).step_by(28).enumerate() {
        rect(img, x0, y, x1, y + 3, joint);
        let offset = if row % 2 == 0 { 0 } else { 45 };
        for x in ((x0 + offset)..x1).step_by(90) {
            rect(img, x, y, x + 3, (y + 28).min(y1), joint);
        }
    }
}

fn tree(img: &mut RgbImage, x: i32, ground: i32) {
    rect(img, x - 18, ground - 260, x + 18, ground, [110, 80, 50]);
    circle(img, x, ground - 330, 140, [70, 130, 70]);
    circle(img, x - 80, ground - 270, 90, [80, 145, 75]);
    circle(img, x + 85, ground - 280, 95, [65, 120, 65]);
}

fn bench(img: &mut RgbImage, x: i32, ground: i32) {
    rect(img, x, ground - 70, x + 220, ground - 55, [140, 95, 55]);
    rect(img, x, ground - 110, x + 220, ground - 95, [140, 95, 55]);
    rect(img, x + 15, ground - 55, x + 30, ground, [60, 60, 60]);
    rect(img, x + 190, ground - 55, x + 205, ground, [60, 60, 60]);
}

/// A neighbourhood centre: a long brick building with a flat roof and a blue glass door.
fn buurthuis() -> RgbImage {
    let mut img = RgbImage::new(W, H);
    let ground = 820;
    sky_and_street(&mut img, ground);
    bricks(
        &mut img,
        160,
        260,
        1440,
        ground,
        [170, 90, 70],
        [215, 200, 185],
    );
    rect(&mut img, 140, 230, 1460, 270, [70, 70, 75]);
    windows(&mut img, &[230, 430, 1030, 1230], 380, 140, 190);
    // The entrance: a canopy, a sign board and a blue glass double door.
    rect(&mut img, 600, 420, 1000, 450, [60, 60, 65]);
    rect(&mut img, 640, 300, 960, 380, [11, 79, 108]);
    rect(&mut img, 660, 320, 940, 360, [240, 240, 235]);
    rect(&mut img, 650, 450, 950, ground, [40, 60, 80]);
    rect(&mut img, 665, 465, 795, ground - 10, [90, 150, 200]);
    rect(&mut img, 805, 465, 935, ground - 10, [90, 150, 200]);
    rect(&mut img, 770, 620, 785, 700, [230, 230, 230]);
    rect(&mut img, 815, 620, 830, 700, [230, 230, 230]);
    // A step and a ramp beside it.
    rect(&mut img, 630, ground, 970, ground + 20, [185, 185, 180]);
    for i in 0..20 {
        rect(
            &mut img,
            970,
            ground + i,
            970 + (20 - i) * 10,
            ground + i + 1,
            [185, 185, 180],
        );
    }
    bench(&mut img, 1150, ground + 120);
    tree(&mut img, 90, ground + 40);
    img
}

/// A village hall: a small brick building with a pitched roof and a green door.
fn dorpshuis() -> RgbImage {
    let mut img = RgbImage::new(W, H);
    let ground = 840;
    sky_and_street(&mut img, ground);
    bricks(
        &mut img,
        380,
        420,
        1220,
        ground,
        [150, 70, 55],
        [210, 195, 180],
    );
    roof(&mut img, 330, 1270, 800, 150, 430, [60, 60, 70]);
    windows(&mut img, &[460, 1010], 520, 130, 170);
    // A round window in the gable.
    circle(&mut img, 800, 330, 55, [245, 242, 235]);
    circle(&mut img, 800, 330, 42, [120, 160, 190]);
    // The entrance: a lamp, a sign and a green door with a window.
    rect(&mut img, 700, 470, 900, 520, [245, 242, 235]);
    rect(&mut img, 715, 483, 885, 507, [30, 90, 60]);
    rect(&mut img, 715, 560, 885, ground, [230, 225, 215]);
    rect(&mut img, 730, 575, 870, ground, [30, 100, 65]);
    rect(&mut img, 755, 600, 845, 680, [150, 190, 210]);
    circle(&mut img, 850, 730, 9, [220, 190, 90]);
    circle(&mut img, 930, 560, 18, [250, 220, 120]);
    rect(&mut img, 925, 520, 935, 545, [50, 50, 50]);
    rect(&mut img, 690, ground, 910, ground + 22, [185, 185, 180]);
    bench(&mut img, 240, ground + 110);
    tree(&mut img, 1420, ground + 30);
    img
}

fn main() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/photos");
    std::fs::create_dir_all(&folder).expect("data/photos");
    for (name, img) in [
        ("tekening-buurthuis.png", buurthuis()),
        ("tekening-dorpshuis.png", dorpshuis()),
    ] {
        let path = folder.join(name);
        img.save(&path).expect("writes the drawing");
        println!("{}", path.display());
    }
}
