//! Quotas per period and the entitlement they leave.

use serde::{Deserialize, Serialize};

/// How often a quota resets. Periods are calendar periods in the bureau's time zone,
/// so "twice a year" means January to December, not a sliding window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Year,
    Month,
    Lifetime,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Year, Period::Month, Period::Lifetime];

    pub fn code(self) -> &'static str {
        match self {
            Period::Year => "year",
            Period::Month => "month",
            Period::Lifetime => "lifetime",
        }
    }

    pub fn parse(code: &str) -> Result<Self, &'static str> {
        Period::ALL
            .into_iter()
            .find(|p| p.code() == code.trim())
            .ok_or("unknown-value")
    }

    /// The key of the period `day` falls in: `2026`, `2026-12` or `lifetime`. Uses are
    /// counted per key, so a new period starts from zero without any reset job.
    pub fn key(self, day: jiff::civil::Date) -> String {
        match self {
            Period::Year => format!("{:04}", day.year()),
            Period::Month => format!("{:04}-{:02}", day.year(), day.month()),
            Period::Lifetime => "lifetime".to_string(),
        }
    }
}

/// `times` uses per `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quota {
    pub times: u32,
    pub per: Period,
}

/// What a card may still do with one service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Entitlement {
    /// The card's tier is not among the service's tiers.
    NotEligible,
    /// No quota: as often as needed.
    Unlimited,
    /// `left` of the quota's uses remain in this period.
    Left { left: u32, of: u32 },
    /// The quota of this period is used up.
    Exhausted { of: u32 },
}

impl Entitlement {
    /// The entitlement of a card of `tier` that used the service `used` times in the
    /// current period.
    pub fn of(eligible: bool, quota: Option<Quota>, used: u32) -> Self {
        match (eligible, quota) {
            (false, _) => Entitlement::NotEligible,
            (true, None) => Entitlement::Unlimited,
            (true, Some(q)) if used >= q.times => Entitlement::Exhausted { of: q.times },
            (true, Some(q)) => Entitlement::Left {
                left: q.times - used,
                of: q.times,
            },
        }
    }

    pub fn can_redeem(self) -> bool {
        matches!(self, Entitlement::Unlimited | Entitlement::Left { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn periods_key_by_calendar() {
        let d = date(2026, 12, 3);
        assert_eq!(Period::Year.key(d), "2026");
        assert_eq!(Period::Month.key(d), "2026-12");
        assert_eq!(Period::Lifetime.key(d), "lifetime");
        assert_eq!(Period::Month.key(date(2027, 1, 1)), "2027-01");
        for p in Period::ALL {
            assert_eq!(Period::parse(p.code()), Ok(p));
        }
        assert!(Period::parse("week").is_err());
    }

    #[test]
    fn entitlement_counts_down_to_exhausted() {
        let q = Some(Quota {
            times: 2,
            per: Period::Year,
        });
        assert_eq!(
            Entitlement::of(true, q, 0),
            Entitlement::Left { left: 2, of: 2 }
        );
        assert_eq!(
            Entitlement::of(true, q, 1),
            Entitlement::Left { left: 1, of: 2 }
        );
        assert_eq!(
            Entitlement::of(true, q, 2),
            Entitlement::Exhausted { of: 2 }
        );
        assert_eq!(
            Entitlement::of(true, q, 9),
            Entitlement::Exhausted { of: 2 }
        );
        assert_eq!(Entitlement::of(false, q, 0), Entitlement::NotEligible);
        assert_eq!(Entitlement::of(true, None, 99), Entitlement::Unlimited);
        assert!(Entitlement::of(true, q, 1).can_redeem());
        assert!(!Entitlement::of(true, q, 2).can_redeem());
        assert!(!Entitlement::of(false, None, 0).can_redeem());
    }
}
