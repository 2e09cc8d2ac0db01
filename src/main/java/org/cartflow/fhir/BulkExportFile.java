package org.cartflow.fhir;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One NDJSON file of a finished export: every resource of one type, one JSON object per line. */
@Entity
@Table(name = "fhir_bulk_export_file")
public class BulkExportFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "export_id", nullable = false)
    public String exportId;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_count", nullable = false)
    public int resourceCount;

    @Column(nullable = false)
    public String content;
}
