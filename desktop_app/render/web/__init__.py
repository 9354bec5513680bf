"""Web renderers: the offline catalogue's HTML pages and charts as SVG."""
