//! The typst `World` of one certificate: the fixed template, this certificate's data as
//! a JSON file and its QR code as an SVG file, and the renderer's fonts.

use crate::Renderer;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

/// The virtual files the template reads.
pub(crate) struct Files {
    pub main: FileId,
    pub data: FileId,
    pub qr: FileId,
}

impl Files {
    pub fn new() -> Option<Self> {
        let id = |p: &str| {
            VirtualPath::new(p)
                .ok()
                .map(|v| RootedPath::new(VirtualRoot::Project, v).intern())
        };
        Some(Self {
            main: id("/certificate.typ")?,
            data: id("/data.json")?,
            qr: id("/qr.svg")?,
        })
    }
}

pub(crate) struct CertificateWorld<'a> {
    pub renderer: &'a Renderer,
    pub data: Bytes,
    pub qr: Bytes,
}

impl World for CertificateWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.renderer.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.renderer.fonts.book
    }

    fn main(&self) -> FileId {
        self.renderer.files.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.renderer.files.main {
            Ok(self.renderer.template.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let files = &self.renderer.files;
        if id == files.data {
            Ok(self.data.clone())
        } else if id == files.qr {
            Ok(self.qr.clone())
        } else if id == files.main {
            Ok(Bytes::from_string(
                self.renderer.template.text().to_string(),
            ))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.renderer.fonts.get(index)
    }

    /// The template prints the dates it is given; it never asks for today's.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.get().vpath().get_with_slash().into())
}
