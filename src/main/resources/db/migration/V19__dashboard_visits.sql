-- Owned by the platform: when each signed-in viewer last opened the dashboard, for "new since your last visit".
create table dashboard_visits (
    viewer     text        primary key,  -- the viewer's login name (Authentication.getName())
    visited_at timestamptz not null
);
