-- The queue sorts by due date, then urgency, then id, within the statuses it lists. With every sort key in the index
-- the page's ids come from the index alone, without reading thousands of case rows to sort them.
DROP INDEX "IX_Consultations_Status_DueDate";

CREATE INDEX "IX_Consultations_Status_DueDate_Urgency_Id" ON "Consultations" ("Status", "DueDate", "Urgency", "Id");
