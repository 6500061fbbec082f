// libxml2 lives behind this module.
