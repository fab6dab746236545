-- A person's photo for the card, encrypted like the identity document (PersonalData).
create table accreditation.photo (
    request_id   uuid primary key,
    content_type text not null,
    image        bytea not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text not null
);
