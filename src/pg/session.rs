//! An open connection as one value: the client and the task that drives its
//! socket. Dropping a [`Session`] closes both, on every path out of a
//! function — no `drop(client); connection.abort()` pairs to forget.

use std::ops::Deref;

use tokio::task::JoinHandle;
use tokio_postgres::Client;

use super::config::ConnConfig;
use super::connect::{connect, ConnectError};

/// A connected client; derefs to [`tokio_postgres::Client`].
#[derive(Debug)]
pub struct Session {
    client: Client,
    task: JoinHandle<()>,
}

impl Session {
    /// Connects as [`connect`] does.
    pub async fn open(config: &ConnConfig) -> Result<Session, ConnectError> {
        let (client, task) = connect(config).await?;
        Ok(Session { client, task })
    }

    /// The client.
    pub fn client(&self) -> &Client {
        &self.client
    }
}

impl Deref for Session {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.task.abort();
    }
}
