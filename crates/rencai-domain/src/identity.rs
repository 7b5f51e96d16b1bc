//! The resident identity number (居民身份证号码): 18 characters, the last a
//! GB 11643 / ISO 7064 MOD 11-2 check character. It is sensitive: the store keeps it
//! encrypted, looks it up through a keyed index and shows it masked.

use std::fmt;

#[derive(Clone, PartialEq, Eq)]
pub struct IdentityNumber(String);

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

impl IdentityNumber {
    /// Accepts 18 characters (spaces ignored, a lowercase `x` accepted) whose check
    /// character is right and whose birth date is a real date.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let s: String = raw
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if s.is_empty() {
            return Err("required");
        }
        let chars: Vec<char> = s.chars().collect();
        if chars.len() != 18
            || !chars[..17].iter().all(char::is_ascii_digit)
            || !(chars[17].is_ascii_digit() || chars[17] == 'X')
        {
            return Err("identity-format");
        }
        let sum: u32 = chars[..17]
            .iter()
            .zip(WEIGHTS)
            .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
            .sum();
        if CHECK[(sum % 11) as usize] != chars[17] {
            return Err("identity-checksum");
        }
        let birth: String = chars[6..14].iter().collect();
        if jiff::civil::Date::strptime("%Y%m%d", &birth).is_err() {
            return Err("identity-format");
        }
        Ok(Self(s))
    }

    /// Builds a valid number from a region code, a birth date and a sequence, computing
    /// the check character; used by the demo generator and tests.
    pub fn compose(region: u32, birth: jiff::civil::Date, sequence: u32) -> Self {
        let body = format!(
            "{:06}{:04}{:02}{:02}{:03}",
            region % 1_000_000,
            birth.year(),
            birth.month(),
            birth.day(),
            sequence % 1000
        );
        let sum: u32 = body
            .chars()
            .zip(WEIGHTS)
            .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
            .sum();
        Self(format!("{body}{}", CHECK[(sum % 11) as usize]))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What a screen may show: the region prefix and the last two characters.
    pub fn masked(&self) -> String {
        let head: String = self.0.chars().take(4).collect();
        let tail: String = self.0.chars().skip(16).collect();
        format!("{head}************{tail}")
    }
}

// Never print the number by accident (logs, panics, debug output).
impl fmt::Debug for IdentityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IdentityNumber({})", self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_numbers_parse_and_mask() {
        let d = jiff::civil::date(1985, 3, 7);
        let n = IdentityNumber::compose(230_102, d, 41);
        assert_eq!(IdentityNumber::parse(n.as_str()), Ok(n.clone()));
        assert_eq!(n.masked().len(), 18);
        assert!(n.masked().starts_with("2301"));
        assert!(!format!("{n:?}").contains("19850307"));
    }

    #[test]
    fn a_wrong_check_character_is_refused() {
        let n = IdentityNumber::compose(230_102, jiff::civil::date(1985, 3, 7), 41);
        let mut s = n.as_str().to_string();
        let last = s.pop().unwrap_or('0');
        s.push(if last == '1' { '2' } else { '1' });
        assert_eq!(IdentityNumber::parse(&s), Err("identity-checksum"));
    }

    #[test]
    fn malformed_numbers_are_refused() {
        assert_eq!(IdentityNumber::parse(""), Err("required"));
        assert_eq!(IdentityNumber::parse("12345"), Err("identity-format"));
        assert_eq!(
            IdentityNumber::parse("23010219851307004A"),
            Err("identity-format")
        );
    }
}
