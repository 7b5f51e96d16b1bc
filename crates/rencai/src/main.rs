//! The rencai binary: serve, demo, migrate, user, token, import, export, backup, audit.

mod bench;
mod bench_cards;
mod bench_load;
mod bench_redeem;
mod card;
mod config;
mod seed;
mod whatif;

use anyhow::Context;
use clap::{Parser, Subcommand};
use rencai_domain::access::{Grant, Role};
use rencai_domain::clock::SystemClock;
use rencai_store::{Actor, Store, Vault};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Parser)]
#[command(name = "rencai", version, about = "The rencai talent service platform")]
struct Cli {
    /// Where the database, keys and backups live.
    #[arg(
        long,
        global = true,
        default_value = "./rencai-data",
        env = "RENCAI_DATA_DIR"
    )]
    data_dir: PathBuf,
    /// `postgres://…` or a SQLite path; default: SQLite in the data folder.
    #[arg(long, global = true, env = "RENCAI_DATABASE_URL")]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web UI and the API.
    Serve {
        #[arg(long)]
        addr: Option<String>,
    },
    /// Create the demo world (once; reruns reuse it) and serve it.
    Demo {
        #[arg(long)]
        addr: Option<String>,
        /// How many talents to generate on first run.
        #[arg(long, default_value_t = 10_000)]
        talents: u64,
        /// Only create the data, do not serve.
        #[arg(long)]
        no_serve: bool,
    },
    /// Bring the database schema up to date.
    Migrate,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Import talents from a CSV or XLSX file (all rows or none).
    Import {
        file: PathBuf,
        /// The account the import is done as (its reach applies).
        #[arg(long = "as")]
        as_user: String,
    },
    /// Export all talents as CSV (identity numbers masked).
    Export {
        file: PathBuf,
        #[arg(long, default_value = "csv")]
        format: String,
    },
    /// Write a consistent copy of the SQLite database while it may be serving.
    Backup { file: PathBuf },
    /// Run a benchmark and print its figures: import, list, get, idle, what-if, redeem.
    Bench {
        name: String,
        /// Talents in the registry (or rows in the file).
        #[arg(long, default_value_t = 1_000_000)]
        talents: u64,
        /// Seconds of load for `get` and of each run of `redeem`.
        #[arg(long, default_value_t = 10)]
        seconds: u32,
        /// Concurrent connections of `redeem`'s load.
        #[arg(long, default_value_t = 32)]
        connections: u32,
        /// `redeem`: the built-in load generator even where wrk is installed.
        #[arg(long)]
        builtin_load: bool,
    },
    /// Tier accreditation tools.
    Accreditation {
        #[command(subcommand)]
        command: AccreditationCommand,
    },
    /// The keys that sign talent cards.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Talent card tools for service points.
    Card {
        #[command(subcommand)]
        command: CardCommand,
    },
    /// Check the audit log's hash chain.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add an account with one role on one jurisdiction; the password is read from
    /// RENCAI_PASSWORD.
    Add {
        username: String,
        #[arg(long)]
        display_name: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        jurisdiction: String,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create a token for a user; it is printed once.
    Create {
        #[arg(long)]
        user: String,
        #[arg(long, default_value = "api")]
        name: String,
        /// Space- or comma-separated: talents:read talents:write talents:export talents:sensitive users:manage audit:read
        #[arg(long, default_value = "talents:read")]
        scopes: String,
    },
}

#[derive(Subcommand)]
enum AccreditationCommand {
    /// Evaluate a jurisdiction's draft catalogue against every talent it would govern
    /// and print how many would move up, down, in or out of each tier.
    WhatIf {
        /// The code of the jurisdiction whose draft is evaluated, e.g. hlj.
        #[arg(long)]
        jurisdiction: String,
        /// The account the run is done as (it must manage catalogues there).
        #[arg(long = "as", default_value = "admin")]
        as_user: String,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Make a new signing key; cards signed with the old one keep working until they
    /// expire.
    Rotate,
}

#[derive(Subcommand)]
enum CardCommand {
    /// Write the trust list (public keys and revoked cards) for offline verification.
    TrustList {
        /// Where to write it; standard output when absent.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Verify card tokens offline with a synced trust list: the arguments, or one token
    /// per line of standard input.
    Verify {
        #[arg(long)]
        trust: PathBuf,
        tokens: Vec<String>,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    Verify,
}

fn open_store(cli: &Cli, cfg: &config::Config) -> anyhow::Result<Store> {
    std::fs::create_dir_all(&cli.data_dir)
        .with_context(|| format!("cannot create {}", cli.data_dir.display()))?;
    let url = cli
        .database_url
        .clone()
        .unwrap_or_else(|| cfg.database_url(&cli.data_dir));
    let vault = Vault::new(&config::keys(&cli.data_dir)?).map_err(|e| anyhow::anyhow!(e))?;
    Store::open(&url, cfg.pool_size, vault, Arc::new(SystemClock))
        .map_err(|e| anyhow::anyhow!("{e}"))
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let cfg = config::Config::load(&cli.data_dir)?;
    init_logs(&cfg);
    match &cli.command {
        Command::Serve { addr } => {
            let store = open_store(&cli, &cfg)?;
            serve(
                store,
                addr.clone().unwrap_or(cfg.addr.clone()),
                &cfg,
                &cli.data_dir,
            )
        }
        Command::Demo {
            addr,
            talents,
            no_serve,
        } => {
            let store = open_store(&cli, &cfg)?;
            seed::demo(&store, *talents)?;
            println!(
                "Demo accounts (password for all: {}):",
                rencai_demo::DEMO_PASSWORD
            );
            for a in rencai_demo::accounts() {
                let (user, name, role, j) = (a.username, a.display_name, a.role, a.jurisdiction);
                println!("  {user:<20} {:<17} {j:<20} {name}", role.code());
            }
            if *no_serve {
                return Ok(());
            }
            serve(
                store,
                addr.clone().unwrap_or(cfg.addr.clone()),
                &cfg,
                &cli.data_dir,
            )
        }
        Command::Migrate => {
            let store = open_store(&cli, &cfg)?;
            println!("database is up to date ({:?})", store.backend());
            Ok(())
        }
        Command::User {
            command:
                UserCommand::Add {
                    username,
                    display_name,
                    role,
                    jurisdiction,
                },
        } => {
            let store = open_store(&cli, &cfg)?;
            let password = std::env::var("RENCAI_PASSWORD")
                .context("set RENCAI_PASSWORD to the new account's password")?;
            let role = Role::parse(role).map_err(|_| anyhow::anyhow!("unknown role {role}"))?;
            let tree = store
                .read(rencai_store::reference::tree)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let j = tree
                .by_code(jurisdiction)
                .with_context(|| format!("unknown jurisdiction {jurisdiction}"))?
                .id;
            let now = store.now();
            let grants = [Grant {
                role,
                jurisdiction_id: j,
            }];
            let id = store
                .write(|c| {
                    rencai_store::accounts::create_user(
                        c,
                        &rencai_store::accounts::NewUser {
                            username,
                            display_name,
                            password: &password,
                            grants: &grants,
                        },
                        &Actor::cli(),
                        now,
                    )
                })
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("created user {username} (id {id})");
            Ok(())
        }
        Command::Token {
            command: TokenCommand::Create { user, name, scopes },
        } => {
            let store = open_store(&cli, &cfg)?;
            let scopes = rencai_domain::access::parse_scopes(scopes)
                .map_err(|e| anyhow::anyhow!("bad scopes: {e}"))?;
            let id = store
                .read(|c| rencai_store::accounts::find_user_id(c, user))
                .map_err(|e| anyhow::anyhow!("{e}"))?
                .with_context(|| format!("no user {user}"))?;
            let now = store.now();
            let token = store
                .write(|c| {
                    rencai_store::accounts::create_token(c, id, name, &scopes, &Actor::cli(), now)
                })
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("{token}");
            Ok(())
        }
        Command::Import { file, as_user } => {
            let store = open_store(&cli, &cfg)?;
            seed::import(&store, file, as_user)
        }
        Command::Export { file, format } => {
            let store = open_store(&cli, &cfg)?;
            seed::export(&store, file, format)
        }
        Command::Backup { file } => {
            let store = open_store(&cli, &cfg)?;
            seed::backup(&store, file)
        }
        Command::Bench {
            name,
            talents,
            seconds,
            connections,
            builtin_load,
        } => {
            let dir = bench::dir_for(name, &cli.data_dir);
            match name.as_str() {
                "import" => {
                    let _ = std::fs::remove_dir_all(&dir);
                    bench::import(*talents, &dir)
                }
                "list" => bench::list(
                    *talents,
                    &bench::dir_for(&format!("registry-{talents}"), &cli.data_dir),
                ),
                "get" => bench::get(
                    *talents,
                    &bench::dir_for(&format!("registry-{talents}"), &cli.data_dir),
                    *seconds,
                ),
                "idle" => bench::idle(&dir),
                "what-if" => bench::whatif(
                    *talents,
                    &bench::dir_for(&format!("registry-{talents}"), &cli.data_dir),
                    cli.database_url.as_deref(),
                ),
                "redeem" => bench_redeem::redeem(&bench_redeem::Options {
                    talents: *talents,
                    seconds: *seconds,
                    connections: *connections,
                    database_url: cli.database_url.as_deref(),
                    builtin: *builtin_load,
                }),
                other => {
                    anyhow::bail!(
                        "unknown benchmark {other}: import, list, get, idle, what-if or redeem"
                    )
                }
            }
        }
        Command::Accreditation {
            command:
                AccreditationCommand::WhatIf {
                    jurisdiction,
                    as_user,
                },
        } => {
            let store = open_store(&cli, &cfg)?;
            whatif::run(&store, jurisdiction, as_user)
        }
        Command::Keys {
            command: KeysCommand::Rotate,
        } => {
            let store = open_store(&cli, &cfg)?;
            card::rotate(&store, cfg.accreditation_days)
        }
        Command::Card {
            command: CardCommand::TrustList { out },
        } => {
            let store = open_store(&cli, &cfg)?;
            card::trust_list(&store, out.as_deref())
        }
        // Offline: no database, no data directory, only the synced list.
        Command::Card {
            command: CardCommand::Verify { trust, tokens },
        } => card::verify(trust, tokens),
        Command::Audit {
            command: AuditCommand::Verify,
        } => {
            let store = open_store(&cli, &cfg)?;
            let v = store
                .read(rencai_store::audit::verify)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            match v.first_break {
                None if !v.head_mismatch => {
                    println!("audit log intact: {} entries verified", v.checked);
                    Ok(())
                }
                None => anyhow::bail!(
                    "audit log truncated: the chain head does not match the last of {} entries",
                    v.checked
                ),
                Some(b) => {
                    anyhow::bail!("audit log broken at {b:?} after {} good entries", v.checked)
                }
            }
        }
    }
}

fn init_logs(cfg: &config::Config) {
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("RENCAI_LOG").unwrap_or_else(|_| "info".into());
    let b = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if cfg.log_format == "json" {
        b.json().init()
    } else {
        b.init()
    }
}

fn serve(
    store: Store,
    addr: String,
    cfg: &config::Config,
    data_dir: &std::path::Path,
) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let metrics = metrics_exporter_prometheus::PrometheusBuilder::new()
            .install_recorder()
            .ok();
        let settings = rencai_web::state::Settings {
            accreditation_days: cfg.accreditation_days,
            reminder_days: cfg.reminder_days,
            public_url: cfg.public_url.clone(),
        };
        let state =
            rencai_web::AppState::with_settings(store, metrics, cfg.secure_cookies, settings)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        rencai_web::indexer::spawn(state.clone());
        let mailer =
            rencai_web::mailer::Mailer::new(cfg.smtp_url.as_deref(), data_dir.join("mail"))
                .map_err(|e| anyhow::anyhow!(e))?;
        let from = cfg
            .mail_from
            .parse()
            .with_context(|| format!("mail_from {:?} is not a mail address", cfg.mail_from))?;
        rencai_web::jobs::spawn(state.clone(), mailer, from);
        let listener = tokio::net::TcpListener::bind(&addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        tracing::info!(%addr, "rencai is serving");
        println!("rencai is serving on http://{}", listener.local_addr()?);
        axum::serve(listener, rencai_web::app(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}
