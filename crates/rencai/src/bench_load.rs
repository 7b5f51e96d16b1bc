//! Load for `rencai bench redeem`: wrk with a Lua script when it is installed, else a
//! small HTTP/1.1 client of our own (one blocking keep-alive connection per thread).
//! Both post a different card's token and a fresh idempotency key on every request.

use anyhow::Context;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

/// One run of load against `POST /api/v1/redemptions`.
pub struct Load<'a> {
    pub addr: SocketAddr,
    pub api_token: &'a str,
    /// One card token per line.
    pub tokens: &'a Path,
    pub service: &'a str,
    /// Makes this run's idempotency keys differ from every other run's.
    pub tag: &'a str,
    pub seconds: u32,
    pub connections: u32,
}

/// What a run measured. Latencies in milliseconds.
#[derive(Debug, Clone)]
pub struct Figures {
    pub tool: &'static str,
    pub requests: u64,
    /// Answers other than 2xx.
    pub refused: u64,
    pub per_second: f64,
    pub mean: f64,
    pub p50: f64,
    pub p99: f64,
    /// The load generator's own report, printed as is.
    pub raw: String,
}

pub fn wrk_installed() -> bool {
    std::process::Command::new("wrk")
        .arg("--version")
        .output()
        .is_ok()
}

/// wrk runs one Lua state per thread: `setup` numbers the threads, `init` reads the
/// tokens, and thread k takes tokens k, k + threads, … so no two requests of a run
/// share a card until the file wraps around.
const SCRIPT: &str = r#"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local made = 0
function setup(thread)
  made = made + 1
  thread:set("no", made)
end
local tokens, service, tag, threads = {}, "", "", 1
local n = 0
function init(args)
  for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
  service, tag, threads = args[2], args[3], tonumber(args[4])
end
function request()
  local i = (n * threads + no - 1) % #tokens + 1
  n = n + 1
  local body = '{"token":"' .. tokens[i] .. '","service":"' .. service ..
    '","idempotency_key":"' .. tag .. '-' .. no .. '-' .. n .. '"}'
  return wrk.format(nil, nil, nil, body)
end
"#;

const THREADS: u32 = 2;

pub fn wrk(load: &Load<'_>, work: &Path) -> anyhow::Result<Figures> {
    let script = work.join("redeem.lua");
    std::fs::write(&script, SCRIPT)?;
    let out = std::process::Command::new("wrk")
        .args([
            &format!("-t{THREADS}"),
            &format!("-c{}", load.connections),
            &format!("-d{}s", load.seconds),
            "--latency",
            "-H",
            &format!("Authorization: Bearer {}", load.api_token),
            "-s",
            &script.display().to_string(),
            &format!("http://{}/api/v1/redemptions", load.addr),
            "--",
            &load.tokens.display().to_string(),
            load.service,
            load.tag,
            &THREADS.to_string(),
        ])
        .output()
        .context("running wrk")?;
    let raw = String::from_utf8_lossy(&out.stdout).to_string();
    anyhow::ensure!(
        out.status.success(),
        "wrk failed: {raw}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    parse_wrk(&raw).with_context(|| format!("unexpected wrk output:\n{raw}"))
}

/// "3.91ms", "812.00us", "1.02s" in milliseconds.
fn duration_ms(s: &str) -> Option<f64> {
    let (num, factor) = if let Some(v) = s.strip_suffix("us") {
        (v, 0.001)
    } else if let Some(v) = s.strip_suffix("ms") {
        (v, 1.0)
    } else if let Some(v) = s.strip_suffix("m") {
        (v, 60_000.0)
    } else if let Some(v) = s.strip_suffix('s') {
        (v, 1000.0)
    } else {
        return None;
    };
    num.parse::<f64>().ok().map(|n| n * factor)
}

fn parse_wrk(raw: &str) -> Option<Figures> {
    let words = |prefix: &str| {
        raw.lines()
            .map(str::trim)
            .find(|l| l.starts_with(prefix))
            .map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
    };
    let mean = duration_ms(words("Latency ")?.get(1)?)?;
    let p50 = duration_ms(words("50%")?.get(1)?)?;
    let p99 = duration_ms(words("99%")?.get(1)?)?;
    let requests = raw
        .lines()
        .find(|l| l.contains(" requests in "))?
        .split_whitespace()
        .next()?
        .parse::<u64>()
        .ok()?;
    let refused = words("Non-2xx or 3xx responses:")
        .and_then(|w| w.last()?.parse().ok())
        .unwrap_or(0);
    let per_second = words("Requests/sec:")?.get(1)?.parse().ok()?;
    Some(Figures {
        tool: "wrk",
        requests,
        refused,
        per_second,
        mean,
        p50,
        p99,
        raw: raw.to_string(),
    })
}

/// The fallback: `connections` threads, each with one keep-alive connection, sending
/// a request and waiting for its answer until the time is up. Every request is
/// answered before it stops, so nothing is left in flight.
pub fn builtin(load: &Load<'_>) -> anyhow::Result<Figures> {
    let tokens: Vec<String> = std::fs::read_to_string(load.tokens)?
        .lines()
        .map(str::to_string)
        .collect();
    anyhow::ensure!(!tokens.is_empty(), "no tokens");
    let deadline = Instant::now() + Duration::from_secs(u64::from(load.seconds));
    let started = Instant::now();
    let results = std::thread::scope(|s| {
        let handles: Vec<_> = (0..load.connections)
            .map(|k| {
                let tokens = &tokens;
                s.spawn(move || connection(load, tokens, k, deadline))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("panicked")))
            })
            .collect::<anyhow::Result<Vec<_>>>()
    })?;
    let elapsed = started.elapsed().as_secs_f64();
    let mut latencies: Vec<f64> = Vec::new();
    let mut refused = 0;
    for (l, r) in results {
        latencies.extend(l);
        refused += r;
    }
    anyhow::ensure!(!latencies.is_empty(), "no request was answered");
    latencies.sort_by(f64::total_cmp);
    let n = latencies.len();
    let at = |p: f64| latencies[((n as f64 - 1.0) * p).round() as usize];
    let mean = latencies.iter().sum::<f64>() / n as f64;
    Ok(Figures {
        tool: "built-in client",
        requests: n as u64,
        refused,
        per_second: n as f64 / elapsed,
        mean,
        p50: at(0.5),
        p99: at(0.99),
        raw: format!(
            "  {n} requests in {elapsed:.2}s over {} connections, {refused} not 2xx\n",
            load.connections
        ),
    })
}

/// One connection's requests: their latencies (ms) and how many were not 2xx.
fn connection(
    load: &Load<'_>,
    tokens: &[String],
    k: u32,
    deadline: Instant,
) -> anyhow::Result<(Vec<f64>, u64)> {
    let mut stream = TcpStream::connect(load.addr)?;
    stream.set_nodelay(true)?;
    let mut latencies = Vec::new();
    let mut refused = 0;
    let mut buf = Vec::with_capacity(4096);
    let mut n: u64 = 0;
    while Instant::now() < deadline {
        let i = (n * u64::from(load.connections) + u64::from(k)) as usize % tokens.len();
        n += 1;
        let body = format!(
            r#"{{"token":"{}","service":"{}","idempotency_key":"{}-{k}-{n}"}}"#,
            tokens[i], load.service, load.tag
        );
        let t = Instant::now();
        stream.write_all(request(load, &body).as_bytes())?;
        let status = read_response(&mut stream, &mut buf)?;
        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
        if !(200..300).contains(&status) {
            refused += 1;
        }
    }
    Ok((latencies, refused))
}

/// Sends one request of the run and returns the answer's status and body (to show
/// what a refusal says).
pub fn one(load: &Load<'_>, token: &str) -> anyhow::Result<(u16, String)> {
    let mut stream = TcpStream::connect(load.addr)?;
    let body = format!(
        r#"{{"token":"{token}","service":"{}","idempotency_key":"{}-one"}}"#,
        load.service, load.tag
    );
    stream.write_all(request(load, &body).as_bytes())?;
    let mut buf = Vec::new();
    let status = read_response(&mut stream, &mut buf)?;
    let text = String::from_utf8_lossy(&buf).to_string();
    let body = text.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    Ok((status, body.to_string()))
}

fn request(load: &Load<'_>, body: &str) -> String {
    format!(
        "POST /api/v1/redemptions HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        load.addr,
        load.api_token,
        body.len()
    )
}

/// Reads one response (headers and a Content-Length body); returns its status.
fn read_response(stream: &mut TcpStream, buf: &mut Vec<u8>) -> anyhow::Result<u16> {
    buf.clear();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
        let got = stream.read(&mut chunk)?;
        anyhow::ensure!(got > 0, "the server closed the connection");
        buf.extend_from_slice(&chunk[..got]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .context("no status line")?;
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())?
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let got = stream.read(&mut chunk)?;
        anyhow::ensure!(got > 0, "the server closed the connection");
        buf.extend_from_slice(&chunk[..got]);
    }
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrk_output_is_read() {
        let raw = "Running 10s test @ http://127.0.0.1:1/api/v1/redemptions
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     4.21ms    2.10ms  41.00ms   80.00%
    Req/Sec     3.80k   200.00     4.10k    70.00%
  Latency Distribution
     50%    3.90ms
     75%    5.00ms
     90%    6.50ms
     99%  812.00us
  75812 requests in 10.00s, 40.00MB read
  Non-2xx or 3xx responses: 12
Requests/sec:   7580.12
Transfer/sec:      4.00MB
";
        let f = parse_wrk(raw).expect("figures");
        assert_eq!(f.requests, 75812);
        assert_eq!(f.refused, 12);
        assert!((f.mean - 4.21).abs() < 1e-9);
        assert!((f.p50 - 3.9).abs() < 1e-9);
        assert!((f.p99 - 0.812).abs() < 1e-9);
        assert!((f.per_second - 7580.12).abs() < 1e-9);
    }
}
