//! The fonts a certificate may use, found once on the system and loaded on demand.
//!
//! Scanning parses every face's metadata (names, coverage) but keeps no font data: the
//! CJK collections are tens of megabytes each, and a certificate uses two faces of one
//! of them. A face's file is read the first time typst asks for it and kept from then on.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;

/// Where Linux distributions and users keep fonts.
pub const SYSTEM_FONT_DIRS: [&str; 3] = [
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "/usr/share/fonts-local",
];

/// Characters a usable Chinese font must have: simplified (张, 证) and traditional (證).
const CJK_PROBE: [char; 3] = ['张', '证', '證'];

/// CJK families in order of preference for each script; the first one present wins.
const SIMPLIFIED: [&str; 4] = [
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
];
const TRADITIONAL: [&str; 4] = [
    "Noto Serif CJK TC",
    "Source Han Serif TC",
    "Noto Sans CJK TC",
    "Source Han Sans TC",
];

struct FontFile {
    path: PathBuf,
    data: OnceLock<Option<Bytes>>,
}

struct Face {
    file: usize,
    index: u32,
    font: OnceLock<Option<Font>>,
}

pub(crate) struct Fonts {
    pub book: LazyHash<FontBook>,
    files: Vec<FontFile>,
    faces: Vec<Face>,
    /// The family for Chinese in simplified and in traditional characters.
    pub simplified: String,
    pub traditional: String,
}

impl Fonts {
    /// Scans `dirs` (recursively); `None` when no font covers Chinese.
    pub fn scan(dirs: &[PathBuf]) -> Option<Self> {
        let mut paths = Vec::new();
        for d in dirs {
            collect(d, &mut paths, 0);
        }
        paths.sort();
        let mut book = FontBook::new();
        let mut files = Vec::new();
        let mut faces = Vec::new();
        for path in paths {
            let Ok(data) = std::fs::read(&path) else {
                continue;
            };
            let file = files.len();
            let mut any = false;
            // A collection's faces are numbered from 0; a single font has only face 0.
            for index in 0u32.. {
                let Some(info) = FontInfo::new(&data, index) else {
                    break;
                };
                book.push(info);
                faces.push(Face {
                    file,
                    index,
                    font: OnceLock::new(),
                });
                any = true;
            }
            if any {
                files.push(FontFile {
                    path,
                    data: OnceLock::new(),
                });
            }
        }
        let covering: Vec<String> = book
            .families()
            .filter_map(|(name, ids)| {
                let mut ids = ids;
                ids.any(|i| {
                    book.info(i)
                        .is_some_and(|f| CJK_PROBE.iter().all(|c| f.coverage.contains(*c as u32)))
                })
                .then(|| name.to_string())
            })
            .collect();
        let pick = |preferred: &[&str]| {
            preferred
                .iter()
                .find(|p| covering.iter().any(|c| c.eq_ignore_ascii_case(p)))
                .map(|p| p.to_string())
                .or_else(|| covering.first().cloned())
        };
        let simplified = pick(&SIMPLIFIED)?;
        let traditional = pick(&TRADITIONAL)?;
        Some(Self {
            book: LazyHash::new(book),
            files,
            faces,
            simplified,
            traditional,
        })
    }

    /// The face with `index` in the book, read from disk on first use.
    pub fn get(&self, index: usize) -> Option<Font> {
        let face = self.faces.get(index)?;
        face.font
            .get_or_init(|| {
                let file = self.files.get(face.file)?;
                let data = file
                    .data
                    .get_or_init(|| std::fs::read(&file.path).ok().map(Bytes::new))
                    .clone()?;
                Font::new(data, face.index)
            })
            .clone()
    }

    pub fn count(&self) -> usize {
        self.faces.len()
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    // Font trees are shallow; the limit only guards against symlink loops.
    if depth > 8 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            collect(&path, out, depth + 1);
        } else if is_font(&path) {
            out.push(path);
        }
    }
}

fn is_font(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "ttf" | "otf" | "ttc" | "otc"
        )
    })
}
