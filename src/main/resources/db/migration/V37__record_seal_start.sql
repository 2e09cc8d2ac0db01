-- Issue 20 item 2: from here on every row of a clinical table is sealed by an audit event (SealOnWrite). Rows that
-- were already there are not; this notes, per table, the first id that must be, so verification can report a row
-- inserted in SQL with no event (a dose "given" that nobody recorded). A table added later needs no entry: from 1.
create table record_seal_start (
    table_name varchar(64) primary key,
    first_id   bigint      not null
);
do $$
declare t text;
begin
    foreach t in array array[
        'patient',
        'course',
        'late_entry',
        'site_qualification',
        'myeloma_diagnosis',
        'ecog_assessment',
        'therapy_line',
        'pregnancy_status',
        'pregnancy_benefit_risk',
        'hypersensitivity_history',
        'treatment_consent',
        'leukapheresis_consent',
        'apheresis_slot',
        'apheresis_collection',
        'infection_test',
        'cold_chain_shipment',
        'custody_handoff',
        'temperature_reading',
        'manufacturing_order',
        'bridging_dose',
        'ld_plan',
        'ld_assessment',
        'ld_order',
        'ld_plan_move',
        'ld_administration',
        'product_shipment',
        'product_bag',
        'storage_reading',
        'storage_excursion',
        'infusion_readiness',
        'premedication',
        'bag_infusion',
        'infusion_deviation',
        'infusion_incident',
        'infusion_delay',
        'monitoring_assessment',
        'crs_intervention',
        'tocilizumab_stock',
        'missed_assessment_day',
        'lab_panel',
        'discharge_record',
        'response_assessment',
        'secondary_malignancy',
        'e_signature'] loop
        execute format('insert into record_seal_start values (%L, (select coalesce(max(id), 0) + 1 from %I))', t, t);
    end loop;
end $$;
