//! Typed identifiers, so a talent id can never be passed where a user id is meant.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A person in the talent registry.
    TalentId
);
id_type!(
    /// A node of the jurisdiction tree (province, city, county, district, town).
    JurisdictionId
);
id_type!(
    /// An account that can log in or hold API tokens.
    UserId
);
id_type!(
    /// A registered enterprise, university or institute.
    EnterpriseId
);
id_type!(
    /// An alliance of jurisdictions that owns work jointly (the G60 corridor).
    AllianceId
);
id_type!(
    /// One version of a jurisdiction's tier catalogue.
    CatalogueId
);
id_type!(
    /// A request that goes through review (an accreditation application, later programs,
    /// awards and service requests).
    ApplicationId
);
id_type!(
    /// A decided tier for one talent, with its certificate.
    AccreditationId
);
id_type!(
    /// One what-if evaluation of a draft catalogue over a jurisdiction's talents.
    WhatIfRunId
);
id_type!(
    /// A talent card (one per talent; its generation counts reissues).
    CardId
);
id_type!(
    /// An organisation that delivers card services: a hospital, a school, an airport.
    ProviderId
);
id_type!(
    /// One use of a service by a card.
    RedemptionId
);
