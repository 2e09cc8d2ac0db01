-- Issue 18 item 7: a quarantined product is released only with the manufacturer's assessment on file (STO-1).
alter table storage_excursion add column manufacturer_reference varchar(200);
alter table storage_excursion add column manufacturer_assessed_by varchar(200);
alter table storage_excursion add column manufacturer_assessed_at timestamptz;
