#ifndef ARIANE_CQRENCODE_SHIM_H
#define ARIANE_CQRENCODE_SHIM_H

/* libqrencode (Debian's libqrencode-dev): QR codes for the take-home sheet's web addresses. */
#include <qrencode.h>

#endif
