// tsbindgen-flags:
/* As <sound/asound.h> without <stddef.h>: a record missing a member must get no layout, nor anything using its size. */
struct snd_rawmidi_params {
	int stream;
	size_t buffer_size;
	size_t avail_min;
	unsigned int no_active_sensing: 1;
	unsigned char reserved[16];
};
struct holds_it { struct snd_rawmidi_params p; int after; };
struct points_to_it { struct snd_rawmidi_params *p; };
#define SNDRV_RAWMIDI_IOCTL_PARAMS_SIZE sizeof(struct snd_rawmidi_params)
