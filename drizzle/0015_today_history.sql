-- The run history of « Aujourd'hui » reads an organisation's last 30 days of deliveries: without this
-- index PostgreSQL scans the whole table (or every delivery of the organisation, ever).
CREATE INDEX "deliveries_org_created_idx" ON "deliveries" USING btree ("organisation_id","created_at");
