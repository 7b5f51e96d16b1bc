//! The one schema both backends share (the migrations under `migrations/` create it;
//! `tests/schema_parity.rs` checks that SQLite and PostgreSQL agree with it).

diesel::table! {
    jurisdictions (id) {
        id -> BigInt,
        parent_id -> Nullable<BigInt>,
        code -> Text,
        name_zh -> Text,
        name_en -> Text,
        level -> Text,
    }
}

diesel::table! {
    alliances (id) {
        id -> BigInt,
        code -> Text,
        name_zh -> Text,
        name_en -> Text,
    }
}

diesel::table! {
    alliance_members (alliance_id, jurisdiction_id) {
        alliance_id -> BigInt,
        jurisdiction_id -> BigInt,
    }
}

diesel::table! {
    enterprises (id) {
        id -> BigInt,
        name -> Text,
        name_zh -> Text,
        jurisdiction_id -> BigInt,
        industry_chain -> Text,
        cluster -> Text,
        kind -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    talents (id) {
        id -> BigInt,
        jurisdiction_id -> BigInt,
        name -> Text,
        name_latin -> Nullable<Text>,
        search_key -> Text,
        gender -> Text,
        birth_date -> Text,
        identity_cipher -> Nullable<Binary>,
        identity_index -> Nullable<Text>,
        identity_masked -> Text,
        education -> Text,
        title -> Text,
        skill_level -> Text,
        field -> Text,
        employer_id -> Nullable<BigInt>,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        honours -> Text,
        patents -> Integer,
        papers -> Integer,
        version -> BigInt,
        created_at -> BigInt,
        updated_at -> BigInt,
        erased_at -> Nullable<BigInt>,
        search_indexed -> Bool,
    }
}

diesel::table! {
    talent_moves (id) {
        id -> BigInt,
        talent_id -> BigInt,
        from_jurisdiction_id -> Nullable<BigInt>,
        to_jurisdiction_id -> BigInt,
        moved_on -> Text,
    }
}

diesel::table! {
    talent_search_terms (term, talent_id) {
        term -> Text,
        talent_id -> BigInt,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        username -> Text,
        display_name -> Text,
        password_hash -> Text,
        locale -> Nullable<Text>,
        disabled -> Bool,
        created_at -> BigInt,
        talent_id -> Nullable<BigInt>,
        enterprise_id -> Nullable<BigInt>,
        provider_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    grants (id) {
        id -> BigInt,
        user_id -> BigInt,
        role -> Text,
        jurisdiction_id -> BigInt,
    }
}

diesel::table! {
    sessions (id_hash) {
        id_hash -> Text,
        user_id -> BigInt,
        csrf_token -> Text,
        created_at -> BigInt,
        last_seen_at -> BigInt,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        name -> Text,
        token_hash -> Text,
        scopes -> Text,
        created_at -> BigInt,
        revoked_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    import_batches (id) {
        id -> BigInt,
        user_id -> BigInt,
        file_name -> Text,
        content -> Binary,
        row_count -> BigInt,
        status -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> BigInt,
        actor_id -> Nullable<BigInt>,
        actor -> Text,
        action -> Text,
        subject_type -> Text,
        subject_id -> Nullable<BigInt>,
        jurisdiction_id -> Nullable<BigInt>,
        details -> Text,
        prev_hash -> Text,
        hash -> Text,
    }
}

diesel::table! {
    audit_head (id) {
        id -> BigInt,
        last_id -> BigInt,
        last_hash -> Text,
    }
}

diesel::table! {
    catalogues (id) {
        id -> BigInt,
        jurisdiction_id -> BigInt,
        version -> BigInt,
        status -> Text,
        body -> Text,
        created_by -> Nullable<BigInt>,
        created_at -> BigInt,
        updated_at -> BigInt,
        published_at -> Nullable<BigInt>,
        published_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    review_flows (kind) {
        kind -> Text,
        body -> Text,
        updated_at -> BigInt,
    }
}

diesel::table! {
    applications (id) {
        id -> BigInt,
        kind -> Text,
        talent_id -> BigInt,
        jurisdiction_id -> BigInt,
        created_by -> BigInt,
        catalogue_id -> Nullable<BigInt>,
        tier_code -> Text,
        criterion_code -> Text,
        statement -> Text,
        status -> Text,
        step -> Nullable<BigInt>,
        version -> BigInt,
        flow -> Text,
        state -> Text,
        deadline -> Nullable<BigInt>,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    review_events (id) {
        id -> BigInt,
        application_id -> BigInt,
        seq -> BigInt,
        at -> BigInt,
        actor_id -> Nullable<BigInt>,
        actor -> Text,
        role -> Text,
        action -> Text,
        note -> Text,
        from_status -> Text,
        to_status -> Text,
    }
}

diesel::table! {
    review_assignments (application_id, step, seat) {
        application_id -> BigInt,
        step -> BigInt,
        seat -> BigInt,
        user_id -> BigInt,
        assigned_at -> BigInt,
    }
}

diesel::table! {
    blobs (hash) {
        hash -> Text,
        size -> BigInt,
        media_type -> Text,
        data -> Binary,
        created_at -> BigInt,
    }
}

diesel::table! {
    evidence (id) {
        id -> BigInt,
        application_id -> BigInt,
        blob_hash -> Text,
        file_name -> Text,
        media_type -> Text,
        size -> BigInt,
        uploaded_by -> BigInt,
        uploaded_at -> BigInt,
    }
}

diesel::table! {
    accreditations (id) {
        id -> BigInt,
        talent_id -> BigInt,
        jurisdiction_id -> BigInt,
        application_id -> BigInt,
        catalogue_id -> BigInt,
        tier_code -> Text,
        criterion_code -> Text,
        evidence -> Text,
        number -> Text,
        issued_at -> BigInt,
        expires_at -> BigInt,
        revoked_at -> Nullable<BigInt>,
        revoked_reason -> Nullable<Text>,
        renewed_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        dedupe_key -> Text,
        recipient -> Text,
        subject -> Text,
        body -> Text,
        created_at -> BigInt,
        sent_at -> Nullable<BigInt>,
        attempts -> BigInt,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    whatif_runs (id) {
        id -> BigInt,
        catalogue_id -> BigInt,
        base_id -> Nullable<BigInt>,
        jurisdiction_id -> BigInt,
        status -> Text,
        total -> BigInt,
        processed -> BigInt,
        tally -> Text,
        errors -> Text,
        error_count -> BigInt,
        started_by -> Nullable<BigInt>,
        started_at -> BigInt,
        finished_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    whatif_changes (run_id, talent_id) {
        run_id -> BigInt,
        talent_id -> BigInt,
        old_tier -> Nullable<Text>,
        new_tier -> Nullable<Text>,
        movement -> Text,
        criterion -> Nullable<Text>,
        error -> Nullable<Text>,
    }
}

diesel::table! {
    card_keys (kid) {
        kid -> Text,
        public_key -> Text,
        secret -> Binary,
        created_at -> BigInt,
        retired_at -> Nullable<BigInt>,
        not_after -> Nullable<BigInt>,
    }
}

diesel::table! {
    cards (id) {
        id -> BigInt,
        number -> Text,
        talent_id -> BigInt,
        accreditation_id -> BigInt,
        jurisdiction_id -> BigInt,
        tier_code -> Text,
        generation -> BigInt,
        status -> Text,
        status_reason -> Nullable<Text>,
        holder_check -> Text,
        issued_at -> BigInt,
        expires_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    service_catalogues (jurisdiction_id) {
        jurisdiction_id -> BigInt,
        body -> Text,
        revision -> BigInt,
        updated_by -> Nullable<BigInt>,
        updated_at -> BigInt,
    }
}

diesel::table! {
    providers (id) {
        id -> BigInt,
        code -> Text,
        jurisdiction_id -> BigInt,
        name_zh -> Text,
        name_en -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    provider_services (provider_id, service_code) {
        provider_id -> BigInt,
        service_code -> Text,
    }
}

diesel::table! {
    redemptions (id) {
        id -> BigInt,
        card_id -> BigInt,
        service_code -> Text,
        period_key -> Text,
        seq -> BigInt,
        generation -> BigInt,
        provider_id -> Nullable<BigInt>,
        redeemed_by -> BigInt,
        idempotency_key -> Text,
        at -> BigInt,
    }
}

diesel::table! {
    service_requests (application_id) {
        application_id -> BigInt,
        card_id -> BigInt,
        service_code -> Text,
        provider_id -> BigInt,
        due_at -> Nullable<BigInt>,
        closed_at -> Nullable<BigInt>,
        was_late -> Bool,
        rating -> Nullable<BigInt>,
        rating_note -> Nullable<Text>,
        rated_at -> Nullable<BigInt>,
    }
}

diesel::joinable!(talents -> jurisdictions (jurisdiction_id));
diesel::joinable!(talents -> enterprises (employer_id));
diesel::joinable!(grants -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(applications -> talents (talent_id));
diesel::joinable!(review_events -> applications (application_id));
diesel::joinable!(review_assignments -> applications (application_id));
diesel::joinable!(evidence -> applications (application_id));
diesel::joinable!(accreditations -> talents (talent_id));
diesel::joinable!(whatif_changes -> talents (talent_id));
diesel::joinable!(cards -> talents (talent_id));
diesel::joinable!(redemptions -> cards (card_id));
diesel::joinable!(redemptions -> users (redeemed_by));
diesel::joinable!(redemptions -> providers (provider_id));
diesel::joinable!(cards -> jurisdictions (jurisdiction_id));
diesel::joinable!(provider_services -> providers (provider_id));
diesel::joinable!(service_requests -> providers (provider_id));
diesel::joinable!(service_requests -> applications (application_id));
diesel::joinable!(service_requests -> cards (card_id));

diesel::allow_tables_to_appear_in_same_query!(
    jurisdictions,
    alliances,
    alliance_members,
    enterprises,
    talents,
    talent_moves,
    talent_search_terms,
    users,
    grants,
    sessions,
    api_tokens,
    import_batches,
    audit_log,
    audit_head,
    catalogues,
    review_flows,
    applications,
    review_events,
    review_assignments,
    blobs,
    evidence,
    accreditations,
    outbox,
    whatif_runs,
    whatif_changes,
    card_keys,
    cards,
    service_catalogues,
    providers,
    provider_services,
    redemptions,
    service_requests,
);
