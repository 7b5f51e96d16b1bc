//! The web crate's integration tests, linked as one binary: each test binary links the
//! whole application (typst included), so one binary instead of eight keeps CI's disk
//! and link time small.

#[macro_use]
mod common;

mod accreditation;
mod accreditation_pages;
mod app;
mod cards;
mod catalogues;
mod certificates;
mod locales;
mod service_requests;
mod services;
mod storage;
mod whatif;
