//! Closed vocabularies of the talent profile. Each value has a stable code, stored in the
//! database, used in files and the API, and translated as `<kind>-<code>` in Fluent.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The Fluent message prefix, e.g. `title` for `title-full_senior`.
            pub const PREFIX: &'static str = $prefix;

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(code: &str) -> Result<Self, &'static str> {
                match code.trim() {
                    $($code => Ok($name::$variant),)+
                    "" => Err("required"),
                    _ => Err("unknown-value"),
                }
            }

            /// The Fluent message id of this value's label.
            pub fn message_id(self) -> String {
                format!("{}-{}", $prefix, self.code())
            }
        }
    };
}

vocabulary!(
    /// Highest completed education.
    Education, "education", {
        Secondary => "secondary",
        Associate => "associate",
        Bachelor => "bachelor",
        Master => "master",
        Doctorate => "doctorate",
    }
);

vocabulary!(
    /// Professional (technical) title, junior to full senior.
    ProfessionalTitle, "title", {
        None => "none",
        Junior => "junior",
        Intermediate => "intermediate",
        DeputySenior => "deputy_senior",
        FullSenior => "full_senior",
    }
);

vocabulary!(
    /// Vocational skill level: five grades, up to senior technician.
    SkillLevel, "skill", {
        None => "none",
        Elementary => "elementary",
        Intermediate => "intermediate",
        Advanced => "advanced",
        Technician => "technician",
        SeniorTechnician => "senior_technician",
    }
);

vocabulary!(
    /// The field a talent works in.
    Field, "field", {
        Biomedicine => "biomedicine",
        Robotics => "robotics",
        IntegratedCircuits => "integrated_circuits",
        NewEnergy => "new_energy",
        NewMaterials => "new_materials",
        InformationTechnology => "information_technology",
        AdvancedManufacturing => "advanced_manufacturing",
        ModernAgriculture => "modern_agriculture",
        Logistics => "logistics",
        Finance => "finance",
        Education => "education",
        Healthcare => "healthcare",
    }
);

vocabulary!(
    /// Gender as recorded on the identity document.
    Gender, "gender", {
        Female => "female",
        Male => "male",
    }
);

vocabulary!(
    /// The level of a node in the jurisdiction tree.
    JurisdictionLevel, "level", {
        Province => "province",
        City => "city",
        District => "district",
        County => "county",
        Town => "town",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for t in ProfessionalTitle::ALL {
            assert_eq!(ProfessionalTitle::parse(t.code()), Ok(*t));
        }
        for f in Field::ALL {
            assert_eq!(Field::parse(f.code()), Ok(*f));
        }
        assert_eq!(SkillLevel::parse("grandmaster"), Err("unknown-value"));
        assert_eq!(Education::parse(" "), Err("required"));
        assert_eq!(
            ProfessionalTitle::FullSenior.message_id(),
            "title-full_senior"
        );
    }
}
