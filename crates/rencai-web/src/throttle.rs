//! Login throttling: after 5 failed attempts for one account (or from one address)
//! within 15 minutes, further attempts are refused until the window has passed.

use rencai_domain::clock::Clock;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub const MAX_FAILURES: u32 = 5;
pub const WINDOW: jiff::SignedDuration = jiff::SignedDuration::from_mins(15);

pub struct Throttle {
    clock: Arc<dyn Clock>,
    failures: Mutex<HashMap<String, (u32, jiff::Timestamp)>>,
}

impl Throttle {
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self {
            clock,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// May this key try again now?
    pub fn allowed(&self, key: &str) -> bool {
        let now = self.clock.now();
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        match map.get(key) {
            Some((n, since)) if now.duration_since(*since) < WINDOW => *n < MAX_FAILURES,
            Some(_) => {
                map.remove(key);
                true
            }
            None => true,
        }
    }

    pub fn failed(&self, key: &str) {
        let now = self.clock.now();
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 100_000 {
            map.retain(|_, (_, since)| now.duration_since(*since) < WINDOW);
        }
        let e = map.entry(key.to_string()).or_insert((0, now));
        if now.duration_since(e.1) >= WINDOW {
            *e = (0, now);
        }
        e.0 += 1;
    }

    pub fn succeeded(&self, key: &str) {
        self.failures
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rencai_domain::clock::FixedClock;

    #[test]
    fn five_failures_lock_until_the_window_passes() {
        let clock = Arc::new(FixedClock::new(jiff::Timestamp::UNIX_EPOCH));
        let t = Throttle::new(clock.clone());
        for _ in 0..MAX_FAILURES {
            assert!(t.allowed("user:admin"));
            t.failed("user:admin");
        }
        assert!(!t.allowed("user:admin"));
        assert!(t.allowed("user:other"));
        clock.advance(jiff::SignedDuration::from_mins(16));
        assert!(t.allowed("user:admin"));
    }
}
