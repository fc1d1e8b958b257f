"""PDF records and exports, built with ReportLab from service read objects (reports issue)."""
