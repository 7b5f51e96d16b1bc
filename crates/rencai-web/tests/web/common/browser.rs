//! A user's browser for page tests: session and language cookies, the CSRF token of the
//! forms, and plain form posts and uploads, as the pages send them without script.

use super::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode};

/// One user's browser: the session cookie, an optional language cookie, and the
/// language the browser asks for.
pub struct Browser<'a> {
    app: &'a TestApp,
    pub cookie: String,
    accept: &'static str,
    csrf: String,
}

pub struct Page {
    pub status: StatusCode,
    pub location: String,
    pub body: String,
}

impl Page {
    pub fn has(&self, text: &str) -> bool {
        self.body.contains(text)
    }

    /// The first number following `prefix` in the page.
    pub fn number_after(&self, prefix: &str) -> Option<i64> {
        let at = self.body.find(prefix)? + prefix.len();
        let digits: String = self.body[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    }
}

impl<'a> Browser<'a> {
    pub async fn open(app: &'a TestApp, user: &str, accept: &'static str) -> Self {
        let cookie = app.login(user).await;
        let mut b = Self {
            app,
            cookie,
            accept,
            csrf: String::new(),
        };
        let home = b.get("/applications").await;
        let marker = "name=\"csrf\" value=\"";
        let at = home.body.find(marker).expect("a form with the CSRF token") + marker.len();
        b.csrf = home.body[at..].chars().take_while(|c| *c != '"').collect();
        b
    }

    pub async fn send(&self, req: axum::http::request::Builder, body: Body) -> Page {
        let req = req
            .header("cookie", &self.cookie)
            .header("accept-language", self.accept)
            .body(body)
            .expect("request");
        let (status, headers, bytes) = self.app.send(req).await;
        Page {
            status,
            location: headers
                .get("location")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string(),
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        self.send(Request::get(path), Body::empty()).await
    }

    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut pairs = vec![("csrf", self.csrf.as_str())];
        pairs.extend_from_slice(fields);
        let body = serde_urlencoded::to_string(&pairs).expect("form");
        self.send(
            Request::post(path).header("content-type", "application/x-www-form-urlencoded"),
            Body::from(body),
        )
        .await
    }

    /// Uploads a file as the dossier's form does (multipart, CSRF in the query).
    pub async fn upload(&self, application: i64, name: &str, data: &[u8]) -> Page {
        let boundary = "----rencai-test-boundary";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(data);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.send(
            Request::post(format!(
                "/applications/{application}/evidence?csrf={}",
                self.csrf
            ))
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            ),
            Body::from(body),
        )
        .await
    }

    pub async fn act(&self, application: i64, action: &str, version: i64, note: &str) -> Page {
        self.post(
            &format!("/applications/{application}/act"),
            &[
                ("action", action),
                ("version", &version.to_string()),
                ("note", note),
            ],
        )
        .await
    }
}

pub fn redirected_to(p: &Page, path: &str) {
    assert_eq!(
        (p.status, p.location.as_str()),
        (StatusCode::SEE_OTHER, path),
        "{}",
        p.body
    );
}
