//! A cardholder's request for a service that is fulfilled rather than scanned at a
//! service point: how it is reviewed (the provider accepts, then fulfils, each within
//! the service's promise) and the holder's rating when it is done.

use super::catalogue::Service;
use crate::error::DomainError;
use crate::review::{Flow, Panel, Quorum, StepSpec};

/// The application kind of a service request.
pub const KIND_SERVICE_REQUEST: &str = "service-request";

/// Acceptance is promised within this many days (or the service's whole turnaround,
/// if shorter); fulfilment within the service's turnaround after acceptance.
const ACCEPT_DAYS: u32 = 2;

/// The flow a request for `service` follows. Days are calendar days: the promise is
/// what the holder sees on the card page, and holidays differ by city.
pub fn request_flow(service: &Service) -> Flow {
    let days = service.turnaround_days.max(1);
    let step = |code: &str, days: u32| StepSpec {
        code: code.into(),
        reviewers: 1,
        quorum: Quorum::Any,
        turnaround: jiff::SignedDuration::from_hours(i64::from(days) * 24),
        panel: Panel::Provider,
    };
    Flow {
        steps: vec![
            step("provider-acceptance", ACCEPT_DAYS.min(days)),
            step("provider-fulfilment", days),
        ],
    }
}

/// A holder's rating of a fulfilled request: 1 to 5 stars and an optional note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rating {
    pub stars: u8,
    pub note: String,
}

impl Rating {
    pub fn new(stars: i64, note: &str) -> Result<Self, DomainError> {
        let stars = u8::try_from(stars)
            .ok()
            .filter(|s| (1..=5).contains(s))
            .ok_or(DomainError::invalid("rating", "rating-range"))?;
        let note = note.trim();
        if note.chars().count() > 1000 {
            return Err(DomainError::invalid("note", "too-long"));
        }
        Ok(Self {
            stars,
            note: note.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flow_keeps_the_services_promise() {
        let service = Service {
            turnaround_days: 10,
            ..Service::default()
        };
        let flow = request_flow(&service);
        assert!(Flow::new(flow.steps.clone()).is_ok());
        assert_eq!(flow.steps[0].turnaround.as_hours(), 48);
        assert_eq!(flow.steps[1].turnaround.as_hours(), 240);
        assert!(flow.steps.iter().all(|s| s.panel == Panel::Provider));
        let quick = request_flow(&Service {
            turnaround_days: 1,
            ..Service::default()
        });
        assert_eq!(quick.steps[0].turnaround.as_hours(), 24);
    }

    #[test]
    fn ratings_are_one_to_five_stars() {
        assert_eq!(
            Rating::new(5, " great ").map(|r| r.note),
            Ok("great".into())
        );
        for bad in [0, 6, -1, 300] {
            assert_eq!(
                Rating::new(bad, ""),
                Err(DomainError::invalid("rating", "rating-range"))
            );
        }
        assert!(Rating::new(3, &"x".repeat(1001)).is_err());
    }
}
