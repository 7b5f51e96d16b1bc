//! The typst `World` of one document (a certificate or a card): its fixed template, its
//! data as a JSON file and its QR code as an SVG file, and the renderer's fonts.

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
    pub card: FileId,
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
            card: id("/card.typ")?,
            data: id("/data.json")?,
            qr: id("/qr.svg")?,
        })
    }
}

pub(crate) struct CertificateWorld<'a> {
    pub renderer: &'a Renderer,
    /// The template to typeset: the certificate's or the card's.
    pub template: &'a Source,
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
        self.template.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.template.id() {
            Ok(self.template.clone())
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
        } else if id == self.template.id() {
            Ok(Bytes::from_string(self.template.text().to_string()))
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
