#ifndef FEATURE_H
#define FEATURE_H
struct feature {
	unsigned int bits;
};
#endif
