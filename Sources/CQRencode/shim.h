#ifndef CQRENCODE_SHIM_H
#define CQRENCODE_SHIM_H

// libqrencode (Debian's libqrencode-dev): the QR encoder behind the kiosk's take-home code.
#include <qrencode.h>

#endif
